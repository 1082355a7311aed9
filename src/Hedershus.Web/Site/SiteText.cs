namespace Hedershus.Web.Site;

/// <summary>
/// The words of the site's frame (not content) in one culture. Swedish, English and Arabic are complete; the other
/// cultures translate the safety-critical words and borrow the rest from English or Swedish until translators fill
/// them in (see docs/decisions/008-public-site-rendering.md).
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
    public required string SearchComing { get; init; }
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

    public string NeedLabel(string need) => Needs.TryGetValue(need, out var label) ? label : need;
}
