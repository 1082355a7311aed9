using Hedershus.Core.Identity;
using Hedershus.Core.Reviews;
using Hedershus.Core.Translations;

namespace Hedershus.Web.Backoffice.ContentSection;

/// <summary>Reads the review and translation state the node page and the tree show, from Core's readers.</summary>
public sealed class ContentWorkflowReader(ReviewReader reviews, TranslationStatusReader translations, ICurrentActor actors)
{
    public async Task<ContentWorkflowView> ReadAsync(Guid key, string culture, CancellationToken cancellationToken)
    {
        var statuses = await translations.StatusAsync([key], cancellationToken);
        var status = statuses.Count > 0 ? statuses[0] : null;
        var latest = (await reviews.ListAsync(new ReviewQuery { NodeId = key, Culture = culture }, 0, 1, cancellationToken)).Items is [var newest, ..] ? newest : null;
        var actor = actors.Current;
        var pending = latest is { State: ReviewState.Pending } ? latest : null;
        return new ContentWorkflowView(
            status?.Cultures ?? new Dictionary<string, CultureTranslationStatus>(),
            pending,
            latest is { State: ReviewState.Rejected } ? latest : null,
            ReviewPermissions.MaySend(actor),
            ReviewPermissions.MayDecide(actor),
            TranslationPermissions.MayConfirm(actor),
            TranslationPermissions.MayClearNativeReview(actor),
            pending is not null && ReviewPermissions.MayWithdraw(actor, pending.RequestedByUserId));
    }

    /// <summary>The outdated cultures of each node of a tree level (the status reader takes a bounded number at a time).</summary>
    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<string>>> OutdatedAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        var outdated = new Dictionary<Guid, IReadOnlyList<string>>();
        foreach (var chunk in keys.Chunk(TranslationStatusReader.MaxNodesPerStatusRequest))
        {
            foreach (var node in await translations.StatusAsync(chunk, cancellationToken))
            {
                var cultures = node.Cultures.Where(c => c.Value.Outdated).Select(c => c.Key).Order(StringComparer.Ordinal).ToList();
                if (cultures.Count > 0)
                {
                    outdated[node.Id] = cultures;
                }
            }
        }

        return outdated;
    }
}
