using Hedershus.Core.Common;
using Hedershus.Core.Data;
using Hedershus.Core.Identity.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Hedershus.Core.Search.Drafts;

/// <summary>
/// Turns the current actor's content rights (<see cref="ContentPermissions"/>) into the scope of editors' draft
/// search, so the search shows exactly the drafts the content tree would let the editor open.
/// </summary>
public sealed class DraftSearchScopes(ContentPermissions permissions, HedershusDbContext db, CultureCatalog cultures)
{
    /// <summary>The drafts the current actor may browse: its start nodes' subtrees, in the cultures it may browse.</summary>
    public async Task<DraftSearchScope> CurrentAsync(CancellationToken cancellationToken)
    {
        var access = await permissions.AccessAsync(cancellationToken);
        if (access.Unrestricted)
        {
            return DraftSearchScope.Everything;
        }

        var browsable = cultures.All.Select(c => c.Code).Where(c => access.Allows(ContentAction.Browse, [c])).ToList();
        IReadOnlyCollection<string>? inCultures = browsable.Count == cultures.All.Count ? null : browsable;
        if (browsable.Count == 0 || access.StartNodePaths.Count == 0)
        {
            // No browse right at all allows nothing; browse rights without start nodes reach the whole tree.
            return new DraftSearchScope(browsable.Count == 0 ? [] : null, inCultures);
        }

        return new DraftSearchScope(await StartNodeKeysAsync(access.StartNodePaths, cancellationToken), inCultures);
    }

    /// <summary>
    /// The keys of the start nodes (the last id of each path). Browsing also reaches a start node's ancestors, but only
    /// to walk down to it: their drafts are not the editor's to search. A deleted start node ("-") adds nothing.
    /// </summary>
    private async Task<List<Guid>> StartNodeKeysAsync(IEnumerable<string> paths, CancellationToken cancellationToken)
    {
        var ids = paths.Select(p => p.Split(',')[^1]).Select(last => int.TryParse(last, out var id) ? id : 0).Where(id => id > 0).Distinct().ToList();
        return ids.Count == 0 ? [] : await db.ContentNodes.AsNoTracking().Where(n => ids.Contains(n.Id)).Select(n => n.Key).ToListAsync(cancellationToken);
    }
}
