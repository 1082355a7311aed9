using System.Reflection;

namespace Hedershus.Core.Search.Analysis;

/// <summary>
/// The compound parts of Swedish (our own word list, see README.md) turned into one splitter per chain: each
/// word is keyed by its spelling and its stem (folded for the folded chain) and emits its stem.
/// </summary>
internal sealed class SwedishCompoundDictionary
{
    private const string ResourceName = "Hedershus.Core.Search.Analysis.swedish-compound-parts.txt";

    private static readonly Lazy<SwedishCompoundDictionary> SharedInstance = new(() => new SwedishCompoundDictionary(LoadWords()));

    public SwedishCompoundDictionary(IReadOnlyCollection<string> words)
    {
        Main = BuildSplitter(words, folded: false);
        Folded = BuildSplitter(words, folded: true);
    }

    public static SwedishCompoundDictionary Shared => SharedInstance.Value;

    public CompoundSplitter Main { get; }

    public CompoundSplitter Folded { get; }

    public static IReadOnlyCollection<string> LoadWords()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded word list {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            var word = line.Trim();
            if (word.Length > 0 && word[0] != '#')
            {
                words.Add(word.ToLowerInvariant());
            }
        }

        return words;
    }

    private static CompoundSplitter BuildSplitter(IReadOnlyCollection<string> words, bool folded)
    {
        using var stemmer = new CultureTextAnalyzer(AnalysisLanguage.Swedish, folded, splitter: null, removeStopWords: false);
        var parts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            var tokens = AnalyzedToken.Read(stemmer, SearchFields.Body, word);
            if (tokens.Count != 1)
            {
                continue;
            }

            var stem = tokens[0].Term;
            var spelling = folded ? SwedishStopWords.Fold(word) : word;
            parts.TryAdd(spelling, stem);
            parts.TryAdd(stem, stem);
        }

        return new CompoundSplitter(parts);
    }
}
