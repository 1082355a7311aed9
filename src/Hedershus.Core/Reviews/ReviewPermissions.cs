using Hedershus.Core.Identity;

namespace Hedershus.Core.Reviews;

/// <summary>Writers (and everyone else who edits content) send for review; editors and administrators decide.</summary>
public static class ReviewPermissions
{
    public static bool MaySend(Actor actor) =>
        MayDecide(actor) || actor.IsInRole(BackofficeRoles.Writers) || actor.IsInRole(BackofficeRoles.Translators);

    /// <summary>The writer who sent a request, or an editor, may take it back.</summary>
    public static bool MayWithdraw(Actor actor, string? requestedByUserId) =>
        (requestedByUserId is not null && requestedByUserId == actor.UserId) || MayDecide(actor);

    public static bool MayDecide(Actor actor) =>
        actor.IsInRole(BackofficeRoles.Editors) || actor.IsInRole(BackofficeRoles.Administrators);
}
