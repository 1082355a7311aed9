namespace Hedershus.Core.Content.Reports;

/// <summary>
/// A published phone number whose "verified on" date is older than the report's limit, or missing. One entry per
/// number in one property of one node; <see cref="Cultures"/> lists the cultures that show it.
/// </summary>
public sealed record UnverifiedNumber(
    Guid NodeId,
    string NodeName,
    string ContentType,
    string? Path,
    string Property,
    string Label,
    string Number,
    DateOnly? VerifiedOn,
    int? DaysSinceVerified,
    string? Source,
    IReadOnlyList<string> Cultures);

/// <summary>The numbers not verified since <see cref="VerifiedBefore"/> (inclusive), oldest first.</summary>
public sealed record UnverifiedNumbersResult(int OlderThanDays, DateOnly VerifiedBefore, IReadOnlyList<UnverifiedNumber> Items)
{
    public int Total => Items.Count;
}
