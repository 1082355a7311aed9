using Hedershus.Core.Reviews;

namespace Hedershus.Web.Backoffice.ReviewSection;

/// <summary>The review queue page: pending requests oldest first, and the signed-in user's own recent requests.</summary>
public sealed record ReviewQueueModel(
    IReadOnlyList<ReviewView> Pending,
    long PendingTotal,
    IReadOnlyList<ReviewView> Mine,
    bool MayDecide,
    string? Notice,
    bool NoticeIsError,
    int? FailedReviewId = null);
