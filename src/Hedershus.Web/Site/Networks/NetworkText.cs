namespace Hedershus.Web.Site.Networks;

/// <summary>The words of a network's page (join form, calendar) and its member directory in one language.</summary>
public sealed record NetworkText
{
    public required string Culture { get; init; }
    public required string JoinHeading { get; init; }
    public required string JoinIntroOpen { get; init; }
    public required string JoinIntroApproval { get; init; }
    public required string InvitationOnly { get; init; }
    public required string Name { get; init; }
    public required string Email { get; init; }
    public required string Organisation { get; init; }
    public required string Municipality { get; init; }
    public required string Role { get; init; }
    public required string Optional { get; init; }
    public required string Send { get; init; }
    public required string WhoReads { get; init; }
    public required string SentTitle { get; init; }
    public required string Sent { get; init; }
    public required string BackToNetwork { get; init; }
    public required string ErrorSummaryTitle { get; init; }
    public required string ErrorTitlePrefix { get; init; }
    public required string NameMissing { get; init; }
    public required string BadEmail { get; init; }
    public required string TooLong { get; init; }
    public required string FormStale { get; init; }
    public required string RateLimited { get; init; }
    public required string CalendarHeading { get; init; }
    public required string NoSeminars { get; init; }
    public required string ForMembersOf { get; init; }
    public required string DirectoryLink { get; init; }
    public required string DirectoryTitle { get; init; }
    public required string DirectoryIntro { get; init; }
    public required string DirectoryEmpty { get; init; }
    public required string DirectoryMembersOnly { get; init; }
    public required string SignIn { get; init; }

    public static NetworkText For(string culture) => culture == "sv" ? NetworkTexts.Swedish : NetworkTexts.English;
}
