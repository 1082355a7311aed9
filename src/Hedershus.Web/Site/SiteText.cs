namespace Hedershus.Web.Site;

/// <summary>
/// The words of the site's frame (not content) in one culture. Every culture is complete; text not written by a native
/// speaker carries <see cref="NeedsNativeReview"/> (see docs/decisions/008-public-site-rendering.md).
/// </summary>
public sealed record SiteText
{
    public required string SkipLink { get; init; }
    public required string QuickExit { get; init; }
    public required string CrisisHeading { get; init; }
    public required string VerifiedOn { get; init; }
    public required string Languages { get; init; }
    public required string SearchLabel { get; init; }
    public required string SearchButton { get; init; }
    public required string SearchTitle { get; init; }
    public required string EntrancesHeading { get; init; }
    public required string MainNavigation { get; init; }
    public required string Breadcrumbs { get; init; }
    public required string Home { get; init; }
    public required string SaferBrowsing { get; init; }
    public required string Privacy { get; init; }
    public required string AccessibilityStatement { get; init; }
    public required string Contact { get; init; }
    public required string About { get; init; }
    public required string FooterHeading { get; init; }
    public required string NotFoundTitle { get; init; }
    public required string NotFoundText { get; init; }

    /// <summary>"{0}" is the name of the language the text is shown in.</summary>
    public required string FallbackNotice { get; init; }
    public required string FindHelp { get; init; }
    public required string FindHelpIntro { get; init; }
    public required string FindHelpSegment { get; init; }
    public required string Municipality { get; init; }
    public required string Need { get; init; }
    public required string AllMunicipalities { get; init; }
    public required string AllNeeds { get; init; }
    public required string ShowServices { get; init; }
    public required string NationalHelplines { get; init; }
    public required string LocalServices { get; init; }
    public required string NoLocalServices { get; init; }
    public required string SocialServicesOutOfHours { get; init; }
    public required string Hours { get; init; }
    public required string Website { get; init; }
    public required string Email { get; init; }
    public required string Anonymous { get; init; }
    public required string Purpose { get; init; }
    public required string TargetGroup { get; init; }
    public required string HowToWork { get; init; }
    public required string Evidence { get; init; }
    public required string EvidenceLevel { get; init; }
    public required string Sources { get; init; }
    public required string RelatedLaw { get; init; }
    public required string LastReviewed { get; init; }
    public required string PublishedOn { get; init; }
    public required string Author { get; init; }
    public required string RelatedLinks { get; init; }
    public required string InThisSection { get; init; }
    public required string Questions { get; init; }
    public required string Publisher { get; init; }
    public required string Sessions { get; init; }
    public required string Location { get; init; }
    public required string Organiser { get; init; }
    public required string Online { get; init; }
    public required string Capacity { get; init; }
    public required string RegistrationPeriod { get; init; }
    public required string RegistrationComing { get; init; }
    public required IReadOnlyDictionary<string, string> Needs { get; init; }

    /// <summary>True while the words were written by someone who does not speak the language natively.</summary>
    public bool NeedsNativeReview { get; init; }

    public required string SearchPrivacyNote { get; init; }
    public required string SearchPrompt { get; init; }
    public required string SearchResultsHeading { get; init; }

    /// <summary>"{0}" is the number of hits (two or more, or none).</summary>
    public required string SearchCount { get; init; }
    public required string SearchCountOne { get; init; }
    public required string SearchNoResults { get; init; }
    public required string DidYouMean { get; init; }

    /// <summary>"{0}" lists the names of the other languages some hits are in.</summary>
    public required string SearchOtherLanguages { get; init; }

    /// <summary>"{0}" is the name of the language one hit is in.</summary>
    public required string InLanguage { get; init; }
    public required string RefineHeading { get; init; }
    public required string ApplyFilters { get; init; }
    public required string Pages { get; init; }
    public required string PreviousPage { get; init; }
    public required string NextPage { get; init; }

    /// <summary>"{0}" is the page shown, "{1}" the number of pages.</summary>
    public required string PageNumber { get; init; }
    public required string ContentTypeFacet { get; init; }
    public required string AudienceFacet { get; init; }
    public required string Topic { get; init; }
    public required string MethodBank { get; init; }
    public required string MethodBankIntro { get; init; }
    public required string MethodBankSegment { get; init; }
    public required string Profession { get; init; }
    public required string AllTopics { get; init; }
    public required string AllProfessions { get; init; }
    public required string ShowMethods { get; init; }
    public required string NoMethods { get; init; }
    public required IReadOnlyDictionary<string, string> ContentTypes { get; init; }
    public required IReadOnlyDictionary<string, string> Audiences { get; init; }
    public required IReadOnlyDictionary<string, string> Professions { get; init; }

    /// <summary>Labels of topic tags; a culture may hold only some (see <see cref="SiteTexts.TopicLabel"/>).</summary>
    public required IReadOnlyDictionary<string, string> Topics { get; init; }

    public string NeedLabel(string need) => Needs.TryGetValue(need, out var label) ? label : need;
}
