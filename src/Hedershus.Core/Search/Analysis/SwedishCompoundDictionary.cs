using System.Reflection;

namespace Hedershus.Core.Search.Analysis;

/// <summary>
/// The compound parts of Swedish (our own word list, see README.md) turned into one splitter per chain. Each
/// word is keyed by its spelling, its stem and the stem it gets at the end of a compound (the Snowball stemmer
/// strips more from long words: "plikt" alone, "…plik" in "anmälningsplikt"), folded for the folded chain,
/// and emits its stem alone, so a part matches the word searched for by itself. A line "form=word" adds a
/// spelling a word only has inside compounds (föräldra=förälder).
/// </summary>
internal sealed class SwedishCompoundDictionary
{
    private const string ResourceName = "Hedershus.Core.Search.Analysis.swedish-compound-parts.txt";

    /// <summary>Put before a word to stem it as the tail of a long compound (the whole word then lies in the stemmer's R1).</summary>
    private const string CompoundContext = "abab";

    private static readonly Lazy<SwedishCompoundDictionary> SharedInstance = new(() => new SwedishCompoundDictionary(LoadEntries()));

    public SwedishCompoundDictionary(IReadOnlyList<(string Form, string Word)> entries)
    {
        Main = BuildSplitter(entries, folded: false);
        Folded = BuildSplitter(entries, folded: true);
    }

    public static SwedishCompoundDictionary Shared => SharedInstance.Value;

    public CompoundSplitter Main { get; }

    public CompoundSplitter Folded { get; }

    /// <summary>The word list: each line a word, or "form=word" for a spelling used only inside compounds.</summary>
    public static IReadOnlyList<(string Form, string Word)> LoadEntries()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded word list {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        var entries = new List<(string, string)>();
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            var text = line.Trim().ToLowerInvariant();
            if (text.Length == 0 || text[0] == '#')
            {
                continue;
            }

            var equals = text.IndexOf('=', StringComparison.Ordinal);
            entries.Add(equals < 0 ? (text, text) : (text[..equals].Trim(), text[(equals + 1)..].Trim()));
        }

        return entries;
    }

    private static CompoundSplitter BuildSplitter(IReadOnlyList<(string Form, string Word)> entries, bool folded)
    {
        using var stemmer = new CultureTextAnalyzer(AnalysisLanguage.Swedish, folded, splitter: null, removeStopWords: false);
        var stemmed = entries
            .Select(e => (Form: folded ? LanguageChains.FoldWord(e.Form) : e.Form, e.Word, IsWord: e.Form == e.Word, Stem: Stem(stemmer, e.Word)))
            .Where(e => e.Stem is not null)
            .ToList();
        var parts = new Dictionary<string, string>(StringComparer.Ordinal);

        // Spellings first, then stems, then compound-tail stems: a listed word always emits its own stem.
        stemmed.ForEach(e => parts.TryAdd(e.Form, e.Stem!));
        stemmed.Where(e => e.IsWord).ToList().ForEach(e => parts.TryAdd(e.Stem!, e.Stem!));
        foreach (var entry in stemmed.Where(e => e.IsWord))
        {
            if (Stem(stemmer, CompoundContext + entry.Word) is { } tail && tail.StartsWith(CompoundContext, StringComparison.Ordinal))
            {
                parts.TryAdd(tail[CompoundContext.Length..], entry.Stem!);
            }
        }

        return new CompoundSplitter(parts);
    }

    private static string? Stem(CultureTextAnalyzer stemmer, string word)
    {
        var tokens = AnalyzedToken.Read(stemmer, SearchFields.Body, word);
        return tokens.Count == 1 ? tokens[0].Term : null;
    }
}
