using System.Collections.Concurrent;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;

namespace Hedershus.Core.Search.Analysis;

/// <summary>
/// Forms a stemmer cannot bring home because the word changes inside (föräldrar → förälder, döttrar → dotter,
/// children → child, married → marriage): mapped to the stem of their base word before the stemmer runs and
/// marked as keywords so nothing strips them further.
/// </summary>
internal static class IrregularForms
{
    private static readonly Dictionary<AnalysisLanguage, (string Word, string[] Forms)[]> Lists = new()
    {
        [AnalysisLanguage.Swedish] =
        [
            ("förälder", ["föräldrar", "föräldrarna", "föräldrars", "föräldrarnas", "föräldern", "förälderns"]),
            ("dotter", ["döttrar", "döttrarna", "döttrars", "döttrarnas"]),
            ("bror", ["bröder", "bröderna", "bröders", "brödernas"]),
            ("syster", ["systrar", "systrarna", "systrars", "systrarnas", "systern", "systerns"]),
            ("son", ["söner", "sönerna", "söners"]),
            ("mor", ["mödrar", "mödrarna"]),
            ("far", ["fäder", "fäderna", "fadern"]),
            ("man", ["män", "männen", "mäns", "männens"]),
            ("land", ["länder", "länderna", "länders"]),
            ("stad", ["städer", "städerna"]),
            ("natt", ["nätter", "nätterna"]),
            ("hand", ["händer", "händerna"]),
        ],
        [AnalysisLanguage.English] =
        [
            ("child", ["children"]),
            ("woman", ["women"]),
            ("man", ["men"]),
            ("person", ["people"]),
            ("marriage", ["marry", "married", "marries", "marrying"]),
            ("violence", ["violent"]),
            ("threat", ["threaten", "threatened", "threatening", "threatens"]),
        ],
    };

    private static readonly ConcurrentDictionary<(AnalysisLanguage, bool), StemmerOverrideFilter.StemmerOverrideMap?> Maps = new();

    /// <summary>The override map of a language's chain (folded or not), or null when it has no irregular forms.</summary>
    public static StemmerOverrideFilter.StemmerOverrideMap? For(AnalysisLanguage language, bool folded) =>
        Maps.GetOrAdd((language, folded), key => Build(key.Item1, key.Item2));

    private static StemmerOverrideFilter.StemmerOverrideMap? Build(AnalysisLanguage language, bool folded)
    {
        if (!Lists.TryGetValue(language, out var list))
        {
            return null;
        }

        var builder = new StemmerOverrideFilter.Builder(ignoreCase: false);
        foreach (var (word, forms) in list)
        {
            var stem = StemAlone(language, folded ? LanguageChains.FoldWord(word) : word);
            foreach (var form in forms)
            {
                builder.Add(folded ? LanguageChains.FoldWord(form) : form, stem);
            }
        }

        return builder.Build();
    }

    /// <summary>What the language's stemmer alone makes of a word.</summary>
    private static string StemAlone(AnalysisLanguage language, string word)
    {
        using var source = new KeywordTokenizer(new StringReader(word));
        using var stream = LanguageChains.Stem(language, source);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var stem = stream.IncrementToken() ? term.ToString() : word;
        stream.End();
        return stem;
    }
}
