// Imports shared/eval/corpus.json into a fresh hub per search mode, runs every query of queries-dev.json through
// POST /api/search in its culture, and prints nDCG@10 and recall@10 overall and per phenomenon, for the hub's
// search (Search:Mode=Full) beside a baseline configured like Umbraco's default index (Search:Mode=Baseline).
// Usage: dotnet run --project benchmarks/SearchEval -c Release -- [evalFolder] [--verbose]
using System.Globalization;
using System.Text.Json;

namespace Hedershus.SearchEval;

public static class SearchEvalProgram
{
    public static async Task<int> Main(string[] args)
    {
        var folder = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? FindEvalFolder();
        var corpus = Path.Combine(folder, "corpus.json");
        var queries = JsonSerializer.Deserialize<List<EvalQuery>>(await File.ReadAllTextAsync(Path.Combine(folder, "queries-dev.json")))!;
        var ids = JsonSerializer.Deserialize<List<EvalDocument>>(await File.ReadAllTextAsync(corpus))!.ToDictionary(d => d.Key, d => d.Id);

        var full = await RunAsync("Full", corpus, queries, ids);
        var baseline = await RunAsync("Baseline", corpus, queries, ids);
        Report.Print(full, baseline, args.Contains("--verbose"));
        return 0;
    }

    private static async Task<List<QueryScore>> RunAsync(string mode, string corpus, List<EvalQuery> queries, Dictionary<Guid, string> ids)
    {
        await using var instance = new EvalInstance(mode);
        using var client = instance.CreateClient();
        await instance.ImportAsync(corpus);
        var scores = new List<QueryScore>();
        foreach (var query in queries)
        {
            var ranked = (await EvalInstance.SearchAsync(client, query.Query, query.Culture)).Select(k => ids.GetValueOrDefault(k, k.ToString())).ToList();
            scores.Add(new QueryScore(query, Metrics.Ndcg(ranked, query.Judgments), Metrics.Recall(ranked, query.Judgments), ranked));
        }

        await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{mode}: {queries.Count} queries run"));
        return scores;
    }

    private static string FindEvalFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, "shared", "eval"), Path.Combine(dir.FullName, "..", "shared", "eval") })
            {
                if (File.Exists(Path.Combine(candidate, "queries-dev.json")))
                {
                    return Path.GetFullPath(candidate);
                }
            }
        }

        throw new DirectoryNotFoundException("shared/eval not found; pass its path as the first argument.");
    }
}
