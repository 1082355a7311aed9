using System.Text.RegularExpressions;
using Hedershus.Core.Search.Analysis;

namespace Hedershus.AnalysisEval;

/// <summary>
/// For curating the Swedish word list: every distinct word of the Swedish corpus with the parts it is split
/// into, and the long words that are not split (candidates to check).
/// </summary>
internal static partial class SplitReport
{
    public static void Print(SearchAnalyzers analyzers, IEnumerable<EvalDocument> corpus)
    {
        var analyzer = analyzers.ForCulture("sv");
        var words = corpus.Where(d => d.Culture == "sv")
            .SelectMany(d => Word().Matches($"{d.Name} {d.Summary} {d.Body}").Select(m => m.Value.ToLowerInvariant()))
            .Distinct().Order(StringComparer.Ordinal).ToList();
        var unsplit = new List<string>();
        foreach (var word in words)
        {
            var tokens = AnalyzedToken.Read(analyzer, SearchFields.Body, word);
            var parts = tokens.Where(t => t.IsStacked).Select(t => t.Term).ToList();
            if (parts.Count > 0)
            {
                Console.WriteLine($"split   {word} → {tokens[0].Term}: {string.Join(" + ", parts)}");
            }
            else if (word.Length >= 9)
            {
                unsplit.Add(word);
            }
        }

        Console.WriteLine($"unsplit (9+ letters): {string.Join(' ', unsplit)}");
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
