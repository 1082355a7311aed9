using System.Text.Json;
using System.Text.Json.Serialization;
using Hedershus.Core.Search.Querying;

namespace Hedershus.SearchSpeed;

/// <summary>A query of the load, with the plain term the floor measurement searches for it.</summary>
public sealed record LoadQuery(SearchRequest Request, string FloorTerm);

/// <summary>
/// 2–4-word queries as visitors type them: the development queries of that length, and words taken in order
/// from a corpus sentence of the culture (so they co-occur as in real text), a tenth with one typo, a third with
/// a facet filter, a tenth sorted by date. Cultures are drawn as often as the site has documents in them.
/// </summary>
public static class QuerySet
{
    private const int MinWordLength = 4;

    public static List<LoadQuery> Build(
        CorpusVocabulary vocabulary, string queriesFile, int count, int seed, Func<string, string, string?> floorTerm, bool withDevelopmentQueries = true)
    {
        var random = new Random(seed);
        var texts = withDevelopmentQueries ? DevelopmentQueries(queriesFile).ToList() : [];
        string[] cultures = ["sv", "sv", "sv", "sv", "sv", "sv", "en", "en", "ar", "fa", "so", "tr"];
        while (texts.Count < count)
        {
            var culture = cultures[random.Next(cultures.Length)];
            if (FromSentence(vocabulary.Cultures[culture], random) is { } text)
            {
                texts.Add((culture, random.Next(10) == 0 ? WithTypo(text, random) : text));
            }
        }

        var queries = new List<LoadQuery>(count);
        foreach (var (culture, text) in texts.Take(count))
        {
            if (floorTerm(culture, text) is not { } term)
            {
                continue;
            }

            var request = new SearchRequest
            {
                Q = text,
                Culture = culture,
                Filters = Filter(random, vocabulary),
                PageSize = 10,
                Sort = random.Next(10) == 0 ? "date" : null,
            };
            queries.Add(new LoadQuery(request, term));
        }

        return [.. queries.OrderBy(_ => random.Next())];
    }

    private static IEnumerable<(string Culture, string Text)> DevelopmentQueries(string file) =>
        JsonSerializer.Deserialize<List<DevelopmentQuery>>(File.ReadAllText(file))!
            .Where(q => CorpusVocabulary.Words(q.Query).Count() is >= 2 and <= 4)
            .Select(q => (q.Culture, q.Query));

    private static string? FromSentence(CultureVocabulary vocabulary, Random random)
    {
        var words = CorpusVocabulary.Words(vocabulary.Sentences[random.Next(vocabulary.Sentences.Count)])
            .Where(w => w.Length >= MinWordLength && !w.All(char.IsDigit)).ToList();
        var length = random.Next(2, 5);
        if (words.Count < length)
        {
            return null;
        }

        var start = random.Next(words.Count - length + 1);
        return string.Join(' ', words.Skip(start).Take(length)).ToLowerInvariant();
    }

    /// <summary>Two neighbouring letters of the longest word swapped, as a thumb does on a phone.</summary>
    private static string WithTypo(string text, Random random)
    {
        var words = text.Split(' ');
        var longest = Array.IndexOf(words, words.MaxBy(w => w.Length));
        var word = words[longest].ToCharArray();
        var at = random.Next(1, word.Length - 1);
        (word[at], word[at + 1]) = (word[at + 1], word[at]);
        words[longest] = new string(word);
        return string.Join(' ', words);
    }

    private static Dictionary<string, List<string>?>? Filter(Random random, CorpusVocabulary vocabulary) => random.Next(6) switch
    {
        0 => new() { ["audience"] = [vocabulary.Audiences[random.Next(vocabulary.Audiences.Count)]] },
        1 => new() { ["contentType"] = ["guidancePage", "methodDescription"] },
        _ => null,
    };

    private sealed record DevelopmentQuery([property: JsonPropertyName("culture")] string Culture, [property: JsonPropertyName("query")] string Query);
}
