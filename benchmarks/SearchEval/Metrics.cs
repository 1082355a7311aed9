namespace Hedershus.SearchEval;

/// <summary>The metrics of shared/eval/README.md.</summary>
public static class Metrics
{
    public const int Depth = 10;

    /// <summary>DCG of the ranking over the DCG of the ideal ordering of the judged grades, both cut at 10.</summary>
    public static double Ndcg(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades)
    {
        var ideal = Dcg(grades.Values.OrderByDescending(g => g).ToList());
        return ideal == 0 ? 0 : Dcg(ranked.Select(id => grades.GetValueOrDefault(id)).ToList()) / ideal;
    }

    /// <summary>Share of the documents graded 1 or more that appear in the top 10.</summary>
    public static double Recall(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades)
    {
        var relevant = grades.Where(g => g.Value >= 1).Select(g => g.Key).ToHashSet();
        return relevant.Count == 0 ? 0 : (double)ranked.Take(Depth).Count(relevant.Contains) / relevant.Count;
    }

    private static double Dcg(IReadOnlyList<int> grades) =>
        grades.Take(Depth).Select((grade, i) => grade / Math.Log2(i + 2)).Sum();
}
