namespace Hedershus.Core.Seminars;

/// <summary>Calendar filters: audience, topic, month ("2026-05") and online; all optional.</summary>
public sealed record SeminarQuery(string Culture, string? Audience = null, string? Topic = null, DateOnly? Month = null, bool? Online = null)
{
    public bool Matches(Seminar seminar) =>
        (Audience is null || seminar.Audience.Contains(Audience, StringComparer.OrdinalIgnoreCase))
        && (Topic is null || seminar.Topics.Contains(Topic, StringComparer.OrdinalIgnoreCase))
        && (Month is not { } month || (seminar.Begins is { } begins && begins.Year == month.Year && begins.Month == month.Month))
        && (Online is not { } online || seminar.IsOnline == online);
}
