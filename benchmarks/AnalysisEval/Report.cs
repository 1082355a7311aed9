namespace Hedershus.AnalysisEval;

internal sealed record QueryResult(EvalQuery Query, List<string> Baseline, List<string> Tuned)
{
    public double BaselineNdcg => Metrics.NdcgAt10(Baseline, Query.Judgments);
    public double TunedNdcg => Metrics.NdcgAt10(Tuned, Query.Judgments);
    public double BaselineRecall => Metrics.RecallAt10(Baseline, Query.Judgments);
    public double TunedRecall => Metrics.RecallAt10(Tuned, Query.Judgments);
}

internal static class Report
{
    public static void Print(List<QueryResult> results, EvalOptions options, int documents)
    {
        Console.WriteLine($"Corpus {options.CorpusPath}: {documents} documents; queries {options.QueriesPath}: {results.Count}; similarity {options.Similarity}");
        if (options.Verbose)
        {
            foreach (var r in results)
            {
                Console.WriteLine($"{r.Query.Qid} {r.Query.Culture} {r.Query.Phenomenon,-15} base {r.BaselineNdcg:0.00} tuned {r.TunedNdcg:0.00} recall {r.TunedRecall:0.00}  \"{r.Query.Query}\"");
                Console.WriteLine($"    top: {string.Join(' ', r.Tuned.Select(id => r.Query.Judgments.TryGetValue(id, out var g) ? $"{id}({g})" : id))}");
            }
        }

        Console.WriteLine();
        Console.WriteLine($"{"phenomenon",-16}{"n",3}  {"nDCG@10 base",12}  {"tuned",6}  {"recall@10 base",14}  {"tuned",6}");
        foreach (var group in results.GroupBy(r => r.Query.Phenomenon).OrderBy(g => g.Key))
        {
            Line(group.Key, [.. group]);
        }

        Line("overall", results);
    }

    private static void Line(string label, List<QueryResult> results) =>
        Console.WriteLine($"{label,-16}{results.Count,3}  {results.Average(r => r.BaselineNdcg),12:0.000}  {results.Average(r => r.TunedNdcg),6:0.000}  " +
            $"{results.Average(r => r.BaselineRecall),14:0.000}  {results.Average(r => r.TunedRecall),6:0.000}");
}
