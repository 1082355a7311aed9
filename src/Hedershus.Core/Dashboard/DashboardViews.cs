namespace Hedershus.Core.Dashboard;

/// <summary>A published page due for review.</summary>
/// <param name="LastReviewed">Null when the page was never marked reviewed.</param>
/// <param name="DueOn">When the review fell due; null when it never was reviewed.</param>
public sealed record OverdueReviewItem(Guid Id, string ContentType, string Name, DateTime? LastReviewed, DateTime? DueOn);
