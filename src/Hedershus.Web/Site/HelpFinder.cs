using Hedershus.Core.Content.DocumentTypes;
using Hedershus.Core.Content.Published;

namespace Hedershus.Web.Site;

/// <summary>What "Hitta hjälp" shows for a municipality and a need: local services, and the national helplines always.</summary>
public sealed class HelpFinderView
{
    public required IReadOnlyList<string> Municipalities { get; init; }
    public required IReadOnlyList<string> Needs { get; init; }
    public string? Municipality { get; init; }
    public string? Need { get; init; }
    public required IReadOnlyList<HelpServiceView> Local { get; init; }
    public required IReadOnlyList<HelpServiceView> National { get; init; }
}

/// <summary>A help service in a list: name, link, its phone numbers (never an address).</summary>
public sealed record HelpServiceView(SiteLinkView Link, IReadOnlyList<CrisisNumberView> Phones, string? Municipality);

/// <summary>
/// Filters the published help services. Only values the help-service document type offers are accepted, so a
/// junk query string reads as "no filter" rather than an error.
/// </summary>
public sealed class HelpFinder(DocumentTypeRegistry registry, SiteCultures cultures)
{
    /// <summary>The municipality and need as the document type spells them, or null for a value it does not offer.</summary>
    public (string? Municipality, string? Need) Accept(string? municipality, string? need) =>
        (Municipalities.FirstOrDefault(m => string.Equals(m, municipality, StringComparison.OrdinalIgnoreCase)),
         Needs.FirstOrDefault(n => string.Equals(n, need, StringComparison.OrdinalIgnoreCase)));

    public HelpFinderView Find(PublishedSnapshot snapshot, string culture, string? municipality, string? need)
    {
        var municipalities = Municipalities;
        var needs = Needs;
        var (chosenMunicipality, chosenNeed) = Accept(municipality, need);
        var linker = new SiteLinker(snapshot, cultures, culture);

        var services = snapshot.All.Where(c => c.ContentType == "helpService")
            .Select(c => (Node: c, Served: cultures.Served(c, culture)))
            .Where(s => s.Served is not null)
            .Select(s => (s.Node, Properties: new SiteProperties(s.Served!.Properties)))
            .Where(s => chosenNeed is null || s.Properties.Strings("needs").Contains(chosenNeed, StringComparer.Ordinal))
            .OrderBy(s => s.Node.Level).ThenBy(s => s.Node.SortOrder)
            .ToList();

        bool IsNational(SiteProperties p) => p.Text("provider") is "national-helpline" or "government-agency" && p.Text("municipality") is null;
        return new HelpFinderView
        {
            Municipalities = municipalities,
            Needs = needs,
            Municipality = chosenMunicipality,
            Need = chosenNeed,
            National = services.Where(s => IsNational(s.Properties)).Select(s => ToView(s.Node, s.Properties, linker)).OfType<HelpServiceView>().ToList(),
            Local = services.Where(s => !IsNational(s.Properties) && (chosenMunicipality is null || s.Properties.Text("municipality") == chosenMunicipality))
                .Select(s => ToView(s.Node, s.Properties, linker)).OfType<HelpServiceView>().ToList(),
        };
    }

    private List<string> Municipalities => registry.Find("helpService")?.FindProperty("municipality")?.Config.Items ?? [];

    private List<string> Needs => registry.Find("helpService")?.FindProperty("needs")?.Config.Items ?? [];

    private static HelpServiceView? ToView(PublishedContent node, SiteProperties properties, SiteLinker linker) =>
        linker.ToView(node, withSummary: true) is { } link
            ? new HelpServiceView(link, PhoneNumbers.From(properties.Blocks("phoneNumbers")), properties.Text("municipality"))
            : null;
}
