using System.Linq.Expressions;
using Hedershus.Core.Common;
using Hedershus.Core.Content.Editing;
using Hedershus.Core.Content.Storage;
using Hedershus.Core.Data;
using Hedershus.Core.Reviews;
using Microsoft.EntityFrameworkCore;

namespace Hedershus.Core.Translations;

/// <summary>Translation state per node (tree, editor) and the dashboard lists of outdated and unreviewed translations.</summary>
public sealed class TranslationStatusReader(HedershusDbContext db, CultureCatalog cultures)
{
    public const int MaxNodesPerStatusRequest = 200;

    public async Task<IReadOnlyList<NodeTranslationStatus>> StatusAsync(IReadOnlyCollection<Guid> keys, CancellationToken cancellationToken)
    {
        if (keys.Count > MaxNodesPerStatusRequest)
        {
            throw new InputValidationException("id", $"Ask for at most {MaxNodesPerStatusRequest} nodes at a time.");
        }

        var nodes = await db.ContentNodes.AsNoTracking().Where(n => keys.Contains(n.Key)).Include(n => n.CurrentVersion).ToListAsync(cancellationToken);
        var ids = nodes.Select(n => n.Id).ToList();
        var rows = (await db.TranslationStatuses.AsNoTracking().Where(s => ids.Contains(s.NodeId)).ToListAsync(cancellationToken))
            .ToLookup(s => s.NodeId);
        var pending = (await db.ReviewRequests.AsNoTracking().Where(r => ids.Contains(r.NodeId) && r.State == ReviewState.Pending)
            .Select(r => new { r.NodeId, r.Culture, r.Id }).ToListAsync(cancellationToken)).ToLookup(r => r.NodeId);
        return nodes.Select(node => new NodeTranslationStatus(node.Key, node.Data().Cultures.Keys.ToDictionary(
            culture => culture,
            culture =>
            {
                var row = rows[node.Id].FirstOrDefault(s => string.Equals(s.Culture, culture, StringComparison.OrdinalIgnoreCase));
                var review = pending[node.Id].FirstOrDefault(r => string.Equals(r.Culture, culture, StringComparison.OrdinalIgnoreCase));
                return new CultureTranslationStatus(row?.OutdatedSince is not null, row?.OutdatedSince, row?.NeedsNativeReview ?? false, review?.Id);
            },
            StringComparer.OrdinalIgnoreCase))).ToList();
    }

    /// <summary>Translations behind their source, longest outdated first.</summary>
    public Task<PagedResult<TranslationListItem>> OutdatedAsync(int skip, int take, CancellationToken cancellationToken) =>
        ListAsync(s => s.OutdatedSince != null, s => s.OutdatedSince, skip, take, cancellationToken);

    /// <summary>Drafts marked "needs review by a native speaker", longest marked first.</summary>
    public Task<PagedResult<TranslationListItem>> NeedingNativeReviewAsync(int skip, int take, CancellationToken cancellationToken) =>
        ListAsync(s => s.NeedsNativeReview, s => s.NeedsNativeReviewSince, skip, take, cancellationToken);

    private async Task<PagedResult<TranslationListItem>> ListAsync(
        Expression<Func<TranslationStatus, bool>> filter, Expression<Func<TranslationStatus, DateTime?>> since, int skip, int take, CancellationToken cancellationToken)
    {
        var live = db.TranslationStatuses.AsNoTracking().Where(filter)
            .Where(s => db.ContentNodes.Any(n => n.Id == s.NodeId && !n.Trashed));
        var total = await live.LongCountAsync(cancellationToken);
        var page = await live.OrderBy(since).ThenBy(s => s.NodeId).ThenBy(s => s.Culture).Skip(skip).Take(take).ToListAsync(cancellationToken);
        var nodeIds = page.Select(s => s.NodeId).Distinct().ToList();
        var nodes = await db.ContentNodes.AsNoTracking().Where(n => nodeIds.Contains(n.Id)).Include(n => n.CurrentVersion).ToDictionaryAsync(n => n.Id, cancellationToken);
        var read = since.Compile();
        return new PagedResult<TranslationListItem>(total, page.Select(s => Item(nodes[s.NodeId], s.Culture, read(s))).ToList());
    }

    private TranslationListItem Item(ContentNode node, string culture, DateTime? since)
    {
        var data = node.Data();
        var name = data.Cultures.GetValueOrDefault(culture)?.Name ?? data.Cultures.GetValueOrDefault(cultures.Default)?.Name ?? "";
        return new TranslationListItem(node.Key, node.ContentType, culture, name, since);
    }
}
