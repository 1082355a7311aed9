using Hedershus.Core.Seminars;

namespace Hedershus.Web.Site.Seminars;

/// <summary>What the page after a successful registration shows: each person's outcome.</summary>
public sealed class RegistrationResultView
{
    public required SeminarText Text { get; init; }
    public required string SeminarName { get; init; }
    public string? SeminarLanguageTag { get; init; }
    public required string PageUrl { get; init; }
    public required string CalendarUrl { get; init; }
    public required IReadOnlyList<RegisteredPerson> People { get; init; }
    public bool IsGroup { get; init; }
}

public sealed record RegisteredPerson(string Name, string Email, RegistrationStatus Status, int? Position);
