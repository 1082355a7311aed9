using Hedershus.Core.Content.DocumentTypes;
using Hedershus.Core.Content.Published;

namespace Hedershus.Web.Site.MethodBank;

/// <summary>
/// Lists the published method descriptions for professionals, filtered by topic and profession. Only topics the
/// methods carry and professions the document type offers are accepted, so a junk query string reads as "no filter"
/// and is never echoed. The filters are a closed vocabulary, never free text, so a plain GET form is used: the
/// address then says no more than the method page's own address would (SAFETY.md S9 keeps free-text search out).
/// </summary>
public sealed class MethodBankFinder(DocumentTypeRegistry registry, SiteCultures cultures)
{
    public const string ContentType = "methodDescription";
    public const string TopicsAlias = "topics";
    public const string ProfessionsAlias = "professions";
    public const string TopicParameter = "amne";
    public const string ProfessionParameter = "yrke";

    public MethodBankView Find(PublishedSnapshot snapshot, string culture, string? topic, string? profession)
    {
        var text = SiteTexts.For(culture);
        var linker = new SiteLinker(snapshot, cultures, culture);
        var methods = snapshot.All.Where(c => c.ContentType == ContentType)
            .Select(c => (Node: c, Served: cultures.Served(c, culture)))
            .Where(m => m.Served is not null)
            .Select(m => (m.Node, Properties: new SiteProperties(m.Served!.Properties)))
            .OrderBy(m => m.Node.Level).ThenBy(m => m.Node.SortOrder)
            .ToList();

        var topics = methods.SelectMany(m => m.Properties.Strings(TopicsAlias)).Distinct(StringComparer.Ordinal)
            .Select(t => new MethodBankChoice(t, SiteTexts.TopicLabel(text, t))).OrderBy(c => c.Label.Text, Collation(culture)).ToList();
        var professions = (registry.Find(ContentType)?.FindProperty(ProfessionsAlias)?.Config.Items ?? [])
            .Select(p => new MethodBankChoice(p, ProfessionLabel(text, p))).ToList();
        var chosenTopic = topics.FirstOrDefault(t => string.Equals(t.Value, topic, StringComparison.OrdinalIgnoreCase))?.Value;
        var chosenProfession = professions.FirstOrDefault(p => string.Equals(p.Value, profession, StringComparison.OrdinalIgnoreCase))?.Value;

        return new MethodBankView
        {
            Topics = topics,
            Professions = professions,
            Topic = chosenTopic,
            Profession = chosenProfession,
            Methods = methods
                .Where(m => chosenTopic is null || m.Properties.Strings(TopicsAlias).Contains(chosenTopic, StringComparer.Ordinal))
                .Where(m => chosenProfession is null || m.Properties.Strings(ProfessionsAlias).Contains(chosenProfession, StringComparer.Ordinal))
                .Select(m => ToView(m.Node, m.Properties, linker, text)).OfType<MethodView>().ToList(),
        };
    }

    private static MethodView? ToView(PublishedContent node, SiteProperties properties, SiteLinker linker, SiteText text) =>
        linker.ToView(node, withSummary: true) is { } link
            ? new MethodView(
                link,
                properties.Strings(ProfessionsAlias).Select(p => ProfessionLabel(text, p)).ToList(),
                properties.Strings(TopicsAlias).Select(t => SiteTexts.TopicLabel(text, t)).ToList(),
                properties.Date("lastReviewed"))
            : null;

    /// <summary>Alphabetical order as readers of the culture expect it ("Säkerhet" after "Samtal" in Swedish).</summary>
    private StringComparer Collation(string culture)
    {
        try
        {
            return StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo(cultures.LanguageTag(culture)), ignoreCase: true);
        }
        catch (System.Globalization.CultureNotFoundException)
        {
            return StringComparer.OrdinalIgnoreCase;
        }
    }

    private static SiteLabel ProfessionLabel(SiteText text, string profession) =>
        new(text.Professions.TryGetValue(profession, out var label) ? label : profession.Replace('-', ' '));
}
