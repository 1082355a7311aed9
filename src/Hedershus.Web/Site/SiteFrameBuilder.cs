using Hedershus.Core.Content.Published;
using Microsoft.Extensions.Options;

namespace Hedershus.Web.Site;

/// <summary>Builds the frame of a page: everything on it that is not the page's own content.</summary>
public sealed class SiteFrameBuilder(SiteCultures cultures, IOptions<SiteOptions> options, SiteTextSource texts)
{
    /// <summary>The search page's segment, the same in every culture (the form posts there).</summary>
    public const string SearchSegment = "sok";

    private static readonly string[] AudienceEntrances = ["young", "relatives", "perpetrators", "professionals", "ngos"];

    // The footer's pages, found by their Swedish URL segment below the home page (the seed may not hold all yet).
    private static readonly (Func<SiteText, string> Title, string[] Segments)[] FooterPages =
    [
        (t => t.SaferBrowsing, ["surfa-sakrare"]),
        (t => t.Privacy, ["integritet", "personuppgifter", "integritetspolicy"]),
        (t => t.AccessibilityStatement, ["tillganglighet", "tillganglighetsredogorelse"]),
        (t => t.Contact, ["kontakt", "kontakta-oss"]),
        (t => t.About, ["om-hedershus", "om-oss", "om-centret"]),
    ];

    /// <param name="languageHref">The address of the same page in another culture.</param>
    public SiteFrame Build(PublishedSnapshot snapshot, string culture, Func<string, string> languageHref)
    {
        var text = texts.For(culture);
        var linker = new SiteLinker(snapshot, cultures, culture);
        var home = snapshot.Roots.Count > 0 ? snapshot.Roots[0] : null;
        return new SiteFrame
        {
            Culture = culture,
            LanguageTag = cultures.LanguageTag(culture),
            RightToLeft = cultures.RightToLeft(culture),
            Text = text,
            NeutralUrl = options.Value.NeutralUrl,
            HomeUrl = cultures.Root(culture),
            SearchAction = SearchUrl(culture),
            HelpFinderUrl = HelpFinderUrl(culture),
            MethodBankUrl = MethodBankUrl(culture),
            Linker = linker,
            CrisisNumbers = home is null ? [] : CrisisNumbers(home, culture),
            Entrances = home is null ? [] : Entrances(snapshot, home, linker),
            Languages = cultures.All.Select(c => new LanguageLinkView(c.Code, cultures.LanguageTag(c.Code), c.NativeName, languageHref(c.Code), c.Code == culture)).ToList(),
            Footer = home is null ? [] : Footer(snapshot, home, linker, text),
        };
    }

    public string HelpFinderUrl(string culture) => cultures.Root(culture) + SiteTexts.For(culture).FindHelpSegment + "/";

    public string MethodBankUrl(string culture) => cultures.Root(culture) + SiteTexts.For(culture).MethodBankSegment + "/";

    /// <summary>Where the search form posts, and where the empty search page is.</summary>
    public string SearchUrl(string culture) => cultures.Root(culture) + SearchSegment;

    private IReadOnlyList<CrisisNumberView> CrisisNumbers(PublishedContent home, string culture)
    {
        if (cultures.Served(home, culture) is not { } served)
        {
            return [];
        }

        return PhoneNumbers.From(new SiteProperties(served.Properties).Blocks("crisisNumbers"));
    }

    private static List<SiteLinkView> Entrances(PublishedSnapshot snapshot, PublishedContent home, SiteLinker linker)
    {
        var landings = snapshot.Children(home.Key).Where(c => c.ContentType == "landingPage").ToList();
        var forAudiences = landings.Where(l => l.Cultures.Values.Any(c =>
            new SiteProperties(c.Properties).Strings("audience").Any(a => AudienceEntrances.Contains(a, StringComparer.Ordinal)))).ToList();
        return (forAudiences.Count > 0 ? forAudiences : landings).Select(l => linker.ToView(l)).OfType<SiteLinkView>().ToList();
    }

    private static List<FooterItemView> Footer(PublishedSnapshot snapshot, PublishedContent home, SiteLinker linker, SiteText text)
    {
        var children = snapshot.Children(home.Key);
        return FooterPages.Select(page =>
        {
            var node = children.FirstOrDefault(c => c.Cultures.Values.Any(v => page.Segments.Contains(v.Segment, StringComparer.OrdinalIgnoreCase)));
            return new FooterItemView(page.Title(text), node is null ? null : linker.Url(node));
        }).ToList();
    }
}
