namespace Hedershus.AnalysisEval;

/// <summary>The metrics of ../shared/eval/README.md.</summary>
internal static class Metrics
{
    public const int Depth = 10;

    public static double NdcgAt10(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> judgments)
    {
        var dcg = ranked.Take(Depth).Select((id, i) => judgments.GetValueOrDefault(id) / Math.Log2(i + 2)).Sum();
        var ideal = judgments.Values.OrderByDescending(g => g).Take(Depth).Select((g, i) => g / Math.Log2(i + 2)).Sum();
        return ideal == 0 ? 0 : dcg / ideal;
    }

    public static double RecallAt10(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> judgments)
    {
        var relevant = judgments.Where(j => j.Value >= 1).Select(j => j.Key).ToHashSet();
        return relevant.Count == 0 ? 0 : ranked.Take(Depth).Count(relevant.Contains) / (double)relevant.Count;
    }
}
