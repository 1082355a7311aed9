using Hedershus.Core.Search.Analysis;

namespace Hedershus.AnalysisEval;

/// <summary>Shows what the analysis does to a text: per field the tokens (compound parts in brackets), and the query concepts.</summary>
internal static class TokenPrinter
{
    public static void Print(SearchAnalyzers analyzers, QueryTextAnalysis queries, string culture, string text)
    {
        var analyzer = analyzers.ForCulture(culture);
        foreach (var field in new[] { SearchFields.Body, SearchFields.BodyFolded, SearchFields.Suggest })
        {
            var tokens = AnalyzedToken.Read(analyzer, field, text);
            Console.WriteLine($"{field,-12} {string.Join(' ', tokens.Select(t => t.IsStacked ? $"[{t.Term}]" : t.Term))}");
        }

        foreach (var concept in queries.Analyze(text, culture).Concepts)
        {
            Console.WriteLine($"concept '{concept.Text}': {string.Join(" | ", concept.Alternatives.Select(a => $"{a.Text} ({a.Weight})"))}");
        }
    }
}
