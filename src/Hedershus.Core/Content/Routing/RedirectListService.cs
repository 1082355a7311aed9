using Hedershus.Core.Common;
using Hedershus.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Hedershus.Core.Content.Routing;

/// <summary>The 301 redirects recorded when published nodes moved or were renamed, newest first, for editors to review.</summary>
public sealed class RedirectListService(HedershusDbContext db)
{
    public async Task<PagedResult<RedirectListItem>> ListAsync(int skip, int take, CancellationToken cancellationToken)
    {
        var total = await db.Redirects.LongCountAsync(cancellationToken);
        var page = await db.Redirects.AsNoTracking().OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id).Skip(skip).Take(take)
            .Select(r => new RedirectListItem(r.Id, r.Culture, r.Route, r.NodeKey, r.CreatedAt))
            .ToListAsync(cancellationToken);
        return new PagedResult<RedirectListItem>(total, page);
    }

    /// <summary>Removes a redirect an editor no longer wants (e.g. the old address is to be reused).</summary>
    public async Task DeleteAsync(int id, CancellationToken cancellationToken)
    {
        if (await db.Redirects.Where(r => r.Id == id).ExecuteDeleteAsync(cancellationToken) == 0)
        {
            throw new NotFoundException($"There is no redirect {id}.");
        }
    }
}

/// <summary>One redirect: the old route in a culture and the node it leads to.</summary>
public sealed record RedirectListItem(int Id, string Culture, string Route, Guid NodeKey, DateTime CreatedAt);
