using Hedershus.Core.Common;
using Hedershus.Core.Content.Editing;
using Hedershus.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Hedershus.Core.Reviews;

/// <summary>The review queue, a node's review history and single requests.</summary>
public sealed class ReviewReader(HedershusDbContext db, CultureCatalog cultures)
{
    public async Task<ReviewView> GetAsync(int id, CancellationToken cancellationToken)
    {
        var review = await db.ReviewRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken)
            ?? throw new NotFoundException($"There is no review request {id}.");
        return (await ViewsAsync([review], cancellationToken)).Single();
    }

    /// <summary>Pending requests come oldest first (a queue); other lists newest first (a history).</summary>
    public async Task<PagedResult<ReviewView>> ListAsync(ReviewQuery query, int skip, int take, CancellationToken cancellationToken)
    {
        var requests = db.ReviewRequests.AsNoTracking();
        if (query.State is { } state)
        {
            requests = requests.Where(r => r.State == state);
        }

        if (query.NodeId is { } node)
        {
            requests = requests.Where(r => r.NodeKey == node);
        }

        if (cultures.Normalize(query.Culture) is { } culture)
        {
            requests = requests.Where(r => r.Culture == culture);
        }

        if (!string.IsNullOrEmpty(query.RequestedByUserId))
        {
            requests = requests.Where(r => r.RequestedByUserId == query.RequestedByUserId);
        }

        var total = await requests.LongCountAsync(cancellationToken);
        var ordered = query.State == ReviewState.Pending ? requests.OrderBy(r => r.Id) : requests.OrderByDescending(r => r.Id);
        var page = await ordered.Skip(skip).Take(take).ToListAsync(cancellationToken);
        return new PagedResult<ReviewView>(total, await ViewsAsync(page, cancellationToken));
    }

    private async Task<IReadOnlyList<ReviewView>> ViewsAsync(IReadOnlyList<ReviewRequest> requests, CancellationToken cancellationToken)
    {
        var ids = requests.Select(r => r.NodeId).Distinct().ToList();
        var nodes = await db.ContentNodes.AsNoTracking().Where(n => ids.Contains(n.Id)).Include(n => n.CurrentVersion).ToDictionaryAsync(n => n.Id, cancellationToken);
        return requests.Select(r =>
        {
            var node = nodes[r.NodeId];
            var data = node.Data();
            var name = data.Cultures.GetValueOrDefault(r.Culture)?.Name ?? data.Cultures.GetValueOrDefault(cultures.Default)?.Name ?? "";
            return new ReviewView(r.Id, r.NodeKey, node.ContentType, name, r.Culture, r.State, r.Revision, r.Message, r.RequestedByUserId,
                r.RequestedByName, r.RequestedAt, r.DecidedByName, r.DecidedAt, r.Comment);
        }).ToList();
    }
}
