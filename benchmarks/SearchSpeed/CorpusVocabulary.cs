using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace Hedershus.SearchSpeed;

/// <summary>One document of <c>shared/eval/corpus.json</c>, as far as the synthesis needs it.</summary>
public sealed record CorpusDocument(
    [property: JsonPropertyName("culture")] string Culture,
    [property: JsonPropertyName("contentType")] string ContentType,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("summary")] string Summary,
    [property: JsonPropertyName("body")] string Body,
    [property: JsonPropertyName("audience")] List<string>? Audience,
    [property: JsonPropertyName("topics")] List<string>? Topics,
    [property: JsonPropertyName("municipality")] string? Municipality);

/// <summary>The sentences, titles and words of one culture of the corpus.</summary>
public sealed record CultureVocabulary(string Culture, IReadOnlyList<string> Sentences, IReadOnlyList<string> Titles);

/// <summary>
/// What the synthetic site is made of: real sentences and titles per culture, and the facet values the corpus
/// uses, so term frequencies, phrase structure and facet spreads look like the hub's own content.
/// </summary>
public sealed partial class CorpusVocabulary
{
    private CorpusVocabulary(Dictionary<string, CultureVocabulary> cultures, List<string> topics, List<string> audiences, List<string> municipalities)
    {
        Cultures = cultures;
        Topics = topics;
        Audiences = audiences;
        Municipalities = municipalities;
    }

    public IReadOnlyDictionary<string, CultureVocabulary> Cultures { get; }
    public IReadOnlyList<string> Topics { get; }
    public IReadOnlyList<string> Audiences { get; }
    public IReadOnlyList<string> Municipalities { get; }

    public static CorpusVocabulary Load(string corpusFile)
    {
        var documents = JsonSerializer.Deserialize<List<CorpusDocument>>(File.ReadAllText(corpusFile))!;
        var cultures = documents.GroupBy(d => d.Culture, StringComparer.OrdinalIgnoreCase).ToDictionary(
            g => g.Key,
            g => new CultureVocabulary(g.Key, [.. g.SelectMany(d => Sentences(d.Summary).Concat(Sentences(d.Body))).Distinct(StringComparer.Ordinal)], [.. g.Select(d => d.Name)]),
            StringComparer.OrdinalIgnoreCase);
        return new CorpusVocabulary(
            cultures,
            [.. documents.SelectMany(d => d.Topics ?? []).Distinct(StringComparer.Ordinal)],
            [.. documents.SelectMany(d => d.Audience ?? []).Distinct(StringComparer.Ordinal)],
            [.. documents.Select(d => d.Municipality).OfType<string>().Distinct(StringComparer.Ordinal)]);
    }

    /// <summary>The words of a sentence, punctuation stripped.</summary>
    public static IEnumerable<string> Words(string sentence) =>
        WordPattern().Matches(sentence).Select(m => m.Value);

    private static IEnumerable<string> Sentences(string text) =>
        SentenceEnd().Split(text).Select(s => s.Trim()).Where(s => s.Length > 20);

    [GeneratedRegex(@"(?<=[.!?؟])\s+|\n+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"[\p{L}\p{M}\p{Nd}]+(?:-[\p{L}\p{M}]+)*")]
    private static partial Regex WordPattern();
}
