using Hedershus.Core.Content.Storage;
using Hedershus.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Hedershus.Core.Identity.Permissions;

/// <summary>
/// The one place that decides whether the current actor may act on content and media, by group, action, culture and
/// start node. Every content and media service asks it before it changes or shows anything, so the management API
/// and the backoffice pages are held to the same rules. Refusals throw <see cref="Common.ForbiddenException"/>.
/// </summary>
public sealed class ContentPermissions(HedershusDbContext db, ICurrentActor actor)
{
    private UserAccess? _access;

    /// <summary>The current actor's rights, read once per scope (request).</summary>
    public async Task<UserAccess> AccessAsync(CancellationToken cancellationToken) =>
        _access ??= await LoadAsync(actor.Current, cancellationToken);

    /// <summary>
    /// Throws unless the actor may do <paramref name="action"/> on <paramref name="node"/> (for create, sort and
    /// move targets: the parent; null for the root level) in <paramref name="cultures"/> (null: the whole node).
    /// </summary>
    public async Task EnsureAsync(ContentAction action, ContentNode? node, IReadOnlyCollection<string>? cultures, CancellationToken cancellationToken)
    {
        var access = await AccessAsync(cancellationToken);
        if (!access.Allows(action, cultures))
        {
            var onlyCultures = access.Grants.Any(g => g.Actions.Contains(action));
            throw new Common.ForbiddenException(onlyCultures
                ? $"You may {Verb(action)} only in your own cultures ({string.Join(", ", access.Cultures.Order())}), and not values shared by every culture."
                : $"Your user group may not {Verb(action)} content.");
        }

        if (!access.Reaches(node?.Path, action == ContentAction.Browse))
        {
            throw new Common.ForbiddenException("This part of the content tree is outside your start nodes.");
        }
    }

    /// <summary>What the actor may do on the node with this key (for pages, which offer only allowed actions).</summary>
    public async Task<ContentRights> RightsAsync(Guid key, CancellationToken cancellationToken)
    {
        var access = await AccessAsync(cancellationToken);
        var path = await db.ContentNodes.AsNoTracking().Where(n => n.Key == key).Select(n => n.Path).FirstOrDefaultAsync(cancellationToken);
        return new ContentRights(access, path ?? "-");
    }

    /// <summary>Throws unless the actor may upload, change or delete media.</summary>
    public async Task EnsureMediaWriteAsync(CancellationToken cancellationToken)
    {
        if (!(await AccessAsync(cancellationToken)).MayWriteMedia)
        {
            throw new Common.ForbiddenException("Your user group may not change media.");
        }
    }

    private async Task<UserAccess> LoadAsync(Actor current, CancellationToken cancellationToken)
    {
        if (current.UserId is null)
        {
            // Automation (Api-Key) and the system act as administrators; an anonymous request has no groups.
            return current.IsInRole(BackofficeRoles.Administrators) ? UserAccess.Everything : UserAccess.Nothing;
        }

        var user = await db.Users.AsNoTracking().Where(u => u.Id == current.UserId).Select(u => new { u.LockoutEnd }).FirstOrDefaultAsync(cancellationToken);
        if (user is null || BackofficeUserState.IsDisabled(user.LockoutEnd))
        {
            return UserAccess.Nothing;
        }

        var roles = await db.UserRoles.Where(ur => ur.UserId == current.UserId)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToListAsync(cancellationToken);
        if (roles.Contains(BackofficeRoles.Administrators))
        {
            return UserAccess.Everything;
        }

        var claims = await db.UserClaims.AsNoTracking()
            .Where(c => c.UserId == current.UserId && (c.ClaimType == BackofficeClaimTypes.Culture || c.ClaimType == BackofficeClaimTypes.StartNode))
            .Select(c => new { c.ClaimType, c.ClaimValue }).ToListAsync(cancellationToken);
        var cultures = claims.Where(c => c.ClaimType == BackofficeClaimTypes.Culture).Select(c => c.ClaimValue!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var startKeys = claims.Where(c => c.ClaimType == BackofficeClaimTypes.StartNode)
            .Select(c => Guid.TryParse(c.ClaimValue, out var key) ? key : Guid.Empty).ToList();
        var startPaths = startKeys.Count == 0 ? [] : await db.ContentNodes.AsNoTracking()
            .Where(n => startKeys.Contains(n.Key)).Select(n => n.Path).ToListAsync(cancellationToken);

        // A start node that was deleted must not widen access to the whole tree.
        if (startKeys.Count > 0 && startPaths.Count == 0)
        {
            startPaths = ["-"];
        }

        return new UserAccess(false, GroupPermissions.For(roles).ToList(), cultures, startPaths);
    }

    private static string Verb(ContentAction action) => action switch
    {
        ContentAction.Browse => "browse",
        ContentAction.Create => "create",
        ContentAction.Update => "edit",
        ContentAction.Delete => "trash or delete",
        ContentAction.Publish => "publish or unpublish",
        ContentAction.Schedule => "schedule",
        ContentAction.Move => "move, sort or copy",
        ContentAction.Rollback => "roll back",
        ContentAction.SendForReview => "send for review",
        _ => action.ToString(),
    };
}
