using Lucene.Net.Analysis.Sv;
using Lucene.Net.Analysis.Util;

namespace Hedershus.Core.Search.Analysis;

/// <summary>
/// Lucene's Swedish stop words, the auxiliary verbs people put in questions ("hur gör man", "vad ska jag",
/// "får jag"), and all of them spelt without å/ä/ö ("pa", "nar", "for"), so a query typed on a keyboard
/// without Swedish letters drops the same words.
/// </summary>
internal static class SwedishStopWords
{
    private static readonly string[] QuestionVerbs = ["gör", "göra", "får", "finns", "ska", "vill", "bör", "måste"];

    public static CharArraySet Set { get; } = Build();

    private static CharArraySet Build()
    {
        var words = new CharArraySet(LanguageChains.Version, SwedishAnalyzer.DefaultStopSet, ignoreCase: false);
        words.UnionWith(QuestionVerbs);
        foreach (var word in words.Select(w => w.ToString()!).ToList())
        {
            words.Add(LanguageChains.FoldWord(word));
        }

        return words.AsReadOnly();
    }
}
