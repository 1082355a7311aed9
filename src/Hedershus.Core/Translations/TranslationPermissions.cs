using Hedershus.Core.Identity;

namespace Hedershus.Core.Translations;

/// <summary>Who may clear a native-review mark and who may confirm an outdated translation.</summary>
public static class TranslationPermissions
{
    public static bool MayClearNativeReview(Actor actor) =>
        actor.IsInRole(BackofficeRoles.Editors) || actor.IsInRole(BackofficeRoles.Administrators);

    public static bool MayConfirm(Actor actor) =>
        MayClearNativeReview(actor) || actor.IsInRole(BackofficeRoles.Translators);
}
