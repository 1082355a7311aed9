using System.Globalization;

namespace Hedershus.SearchEval;

/// <summary>Prints the figures overall and per phenomenon, the hub's search beside the baseline.</summary>
public static class Report
{
    public static void Print(IReadOnlyList<QueryScore> full, IReadOnlyList<QueryScore> baseline, bool verbose)
    {
        Console.WriteLine($"{"phenomenon",-16} {"n",3}  {"nDCG@10",8} {"baseline",9}  {"recall@10",9} {"baseline",9}");
        Line("overall", full, baseline);
        foreach (var phenomenon in full.Select(s => s.Query.Phenomenon).Distinct().Order(StringComparer.Ordinal))
        {
            Line(phenomenon, [.. full.Where(s => s.Query.Phenomenon == phenomenon)], [.. baseline.Where(s => s.Query.Phenomenon == phenomenon)]);
        }

        if (verbose)
        {
            Console.WriteLine();
            foreach (var (hub, plain) in full.Zip(baseline))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{hub.Query.Qid} {hub.Query.Culture} {hub.Query.Phenomenon,-14} {hub.Ndcg:0.00} ({plain.Ndcg:0.00}) {hub.Query.Query} → {string.Join(' ', hub.Top)}"));
            }
        }
    }

    private static void Line(string name, IReadOnlyList<QueryScore> full, IReadOnlyList<QueryScore> baseline) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-16} {full.Count,3}  {full.Average(s => s.Ndcg),8:0.000} {baseline.Average(s => s.Ndcg),9:0.000}  {full.Average(s => s.Recall),9:0.000} {baseline.Average(s => s.Recall),9:0.000}"));
}
