using System.Net;
using System.Text;
using System.Text.Json;
using Hedershus.Core.Content.Published;

namespace Hedershus.SearchSpeed;

/// <summary>
/// A site of published nodes made from the corpus vocabulary: a home page, landing pages below it, and content
/// pages below those, each in a set of cultures (most in Swedish, many also in English, some in Arabic, Persian,
/// Somali or Turkish). Texts are sentences of the corpus in the page's culture, shuffled. Records are shaped as
/// <see cref="PublishedContentLoader"/> loads them: the stored JSON of each culture read by
/// <see cref="PublishedPropertyReader"/>, so the snapshot holds what a running hub holds.
/// </summary>
public sealed class SyntheticSite
{
    public const int LandingPages = 100;

    private static readonly (string[] Cultures, double Weight)[] CultureSets =
    [
        (["sv"], 0.40), (["sv", "en"], 0.30), (["en"], 0.05), (["sv", "en", "ar"], 0.06),
        (["sv", "ar"], 0.04), (["sv", "fa"], 0.05), (["sv", "so"], 0.05), (["sv", "tr"], 0.05),
    ];

    private static readonly string[] ContentTypes = ["guidancePage", "guidancePage", "guidancePage", "methodDescription", "helpService", "faq", "newsArticle", "externalResource"];

    private readonly PublishedPropertyReader _properties = new();
    private readonly CorpusVocabulary _vocabulary;
    private readonly Random _random;
    private readonly DateTime _epoch = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private int _nextId;

    private SyntheticSite(CorpusVocabulary vocabulary, int seed)
    {
        _vocabulary = vocabulary;
        _random = new Random(seed);
    }

    public Dictionary<Guid, PublishedContent> Nodes { get; private set; } = [];

    /// <summary>Search documents: one per node and culture.</summary>
    public int Documents { get; private set; }

    public static SyntheticSite Generate(CorpusVocabulary vocabulary, int documents, int seed)
    {
        var site = new SyntheticSite(vocabulary, seed);
        var all = vocabulary.Cultures.Keys.OrderBy(c => c == "sv" ? "" : c, StringComparer.Ordinal).ToArray();
        var home = site.Add(null, "home", all);
        var landings = Enumerable.Range(0, LandingPages).Select(_ => site.Add(home.Key, "landingPage", all)).ToList();
        while (site.Documents < documents)
        {
            var cultures = site.PickCultures();
            cultures = cultures[..Math.Min(cultures.Length, documents - site.Documents)];
            site.Add(landings[site._random.Next(landings.Count)].Key, ContentTypes[site._random.Next(ContentTypes.Length)], cultures);
        }

        return site;
    }

    /// <summary>
    /// Drops the generated records once a snapshot is built from them: a hub holds only the snapshot (the loader's
    /// records are garbage after the build), and these copies (records and culture dictionaries the builder derives
    /// anew to add routes) would count about 30 MB of the benchmark's own against the hub's memory.
    /// </summary>
    public void ForgetNodes() => Nodes = [];

    /// <summary>The node as an editor republishes it: same place and routes, new texts.</summary>
    public PublishedContent Edited(PublishedContent node)
    {
        var cultures = node.Cultures.Values.ToDictionary(c => c.Culture, c => c with { Properties = Properties(node.ContentType, c.Culture), PublishedAt = c.PublishedAt.AddDays(1) }, StringComparer.OrdinalIgnoreCase);
        return node with { UpdateDate = node.UpdateDate.AddDays(1), Cultures = cultures };
    }

    private PublishedContent Add(Guid? parent, string contentType, string[] cultures)
    {
        var id = ++_nextId;
        var updated = _epoch.AddMinutes(_random.Next(0, 60 * 24 * 365));
        var node = new PublishedContent
        {
            Key = Guid.NewGuid(),
            Id = id,
            ParentKey = parent,
            SortOrder = id,
            ContentType = contentType,
            CreateDate = updated,
            UpdateDate = updated,
            Cultures = cultures.ToDictionary(
                c => c,
                c => new PublishedCulture { Culture = c, Name = Title(c), Segment = "p" + id, PublishedAt = updated, Properties = Properties(contentType, c) },
                StringComparer.OrdinalIgnoreCase),
        };
        Nodes[node.Key] = node;
        Documents += cultures.Length;
        return node;
    }

    private string[] PickCultures()
    {
        var roll = _random.NextDouble() * CultureSets.Sum(s => s.Weight);
        foreach (var (cultures, weight) in CultureSets)
        {
            roll -= weight;
            if (roll <= 0)
            {
                return cultures;
            }
        }

        return CultureSets[0].Cultures;
    }

    private string Title(string culture)
    {
        var titles = _vocabulary.Cultures[culture].Titles;
        var words = CorpusVocabulary.Words(titles[_random.Next(titles.Count)]).ToList();
        var start = _random.Next(Math.Max(1, words.Count - 3));
        return string.Join(' ', words.Skip(start).Take(_random.Next(3, 7)));
    }

    /// <summary>The properties written as the database stores them (escaped by the default encoder) and read as the loader reads them.</summary>
    private PublishedPropertyDictionary Properties(string contentType, string culture)
    {
        var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartObject("properties");
            json.WriteString(contentType is "home" or "landingPage" ? "title" : "summary", Sentences(culture, 1, 2));
            if (contentType is "home" or "landingPage")
            {
                json.WriteString("summary", Sentences(culture, 1, 2));
            }

            json.WriteString("body", Html(culture));
            Strings(json, "audience", Pick(_vocabulary.Audiences, 1, 2));
            if (contentType != "home")
            {
                Strings(json, "topics", Pick(_vocabulary.Topics, 1, 3));
            }

            if (contentType == "helpService")
            {
                json.WriteString("municipality", _vocabulary.Municipalities[_random.Next(_vocabulary.Municipalities.Count)]);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return _properties.Read(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length), culture);
    }

    private string Html(string culture)
    {
        var html = new StringBuilder();
        for (var paragraph = _random.Next(3, 6); paragraph > 0; paragraph--)
        {
            html.Append("<p>").Append(WebUtility.HtmlEncode(Sentences(culture, 2, 3))).Append("</p>");
        }

        return html.ToString();
    }

    private string Sentences(string culture, int min, int max)
    {
        var sentences = _vocabulary.Cultures[culture].Sentences;
        return string.Join(' ', Enumerable.Range(0, _random.Next(min, max + 1)).Select(_ => sentences[_random.Next(sentences.Count)]));
    }

    private List<string> Pick(IReadOnlyList<string> values, int min, int max) =>
        [.. Enumerable.Range(0, _random.Next(min, max + 1)).Select(_ => values[_random.Next(values.Count)]).Distinct(StringComparer.Ordinal)];

    private static void Strings(Utf8JsonWriter json, string name, List<string> values)
    {
        json.WriteStartArray(name);
        values.ForEach(json.WriteStringValue);
        json.WriteEndArray();
    }
}
