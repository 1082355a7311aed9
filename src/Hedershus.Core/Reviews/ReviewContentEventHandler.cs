using Hedershus.Core.Audit;
using Hedershus.Core.Content.Events;
using Hedershus.Core.Data;
using Hedershus.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Hedershus.Core.Reviews;

/// <summary>
/// Closes pending review requests that a content change made moot: a new version that changes the culture (or the
/// values shared by all cultures) withdraws it, so an editor never approves text they did not see; publishing the
/// culture directly approves it; the recycle bin withdraws every request of the node.
/// </summary>
public sealed class ReviewContentEventHandler(HedershusDbContext db, ICurrentActor actors, IAuditLog audit, TimeProvider clock) : IContentEventHandler
{
    public const string ChangedAfterSending = "changed after sending";
    public const string PublishedDirectly = "published directly";
    public const string Trashed = "moved to the recycle bin";

    public async Task HandleAsync(IReadOnlyList<ContentEvent> events, CancellationToken cancellationToken)
    {
        foreach (var contentEvent in events)
        {
            var (state, reason, affects) = contentEvent switch
            {
                { DraftAfter: { } after, DraftBefore: var before } => (
                    ReviewState.Withdrawn, ChangedAfterSending,
                    DraftChanges.Shared(before, after) ? null : DraftChanges.Cultures(before, after)),
                { Action: ContentEventKind.Published, Culture: { } culture } => (ReviewState.Approved, PublishedDirectly, [culture]),
                { Action: ContentEventKind.Trashed } => (ReviewState.Withdrawn, Trashed, (IReadOnlyList<string>?)null),
                _ => (ReviewState.Pending, "", []),
            };
            if (state != ReviewState.Pending)
            {
                await CloseAsync(contentEvent, state, reason, affects, cancellationToken);
            }
        }
    }

    /// <param name="cultures">The cultures concerned; null for all of the node's.</param>
    private async Task CloseAsync(ContentEvent contentEvent, ReviewState state, string reason, IReadOnlyList<string>? cultures, CancellationToken cancellationToken)
    {
        if (cultures is { Count: 0 })
        {
            return;
        }

        var pending = await db.ReviewRequests.Where(r => r.NodeId == contentEvent.NodeId && r.State == ReviewState.Pending).ToListAsync(cancellationToken);
        var actor = actors.Current;
        foreach (var review in pending.Where(r => cultures is null || cultures.Contains(r.Culture, StringComparer.OrdinalIgnoreCase)))
        {
            review.State = state;
            review.DecidedByUserId = actor.UserId;
            review.DecidedByName = actor.Name;
            review.DecidedAt = clock.GetUtcNow().UtcDateTime;
            var action = state == ReviewState.Approved ? AuditActions.ReviewApproved : AuditActions.ReviewWithdrawn;
            audit.Add(ReviewService.Record(action, review) with { Detail = reason });
        }
    }
}
