// Synthesises a site of 100,000 search documents from the corpus vocabulary of shared/eval, indexes it through the
// hub's own PublishedSearchIndex (as the journal follower feeds it), and measures in one run: the full build, a
// rebuild beside the live index, incremental indexing, 2–4-word queries through SearchService at 1 and 8 clients
// beside a plain Lucene TermQuery on the same index, completions, and process memory. See README.md.
// Usage: dotnet run --project benchmarks/SearchSpeed -c Release -- [evalFolder] [--documents N] [--queries N]
using System.Globalization;

namespace Hedershus.SearchSpeed;

public static class SearchSpeedProgram
{
    public static async Task<int> Main(string[] args)
    {
        var folder = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal) && !IsOptionValue(args, a)) ?? FindEvalFolder();
        var documents = Option(args, "--documents", 100_000);
        var queries = Option(args, "--queries", 2_000);

        var vocabulary = CorpusVocabulary.Load(Path.Combine(folder, "corpus.json"));
        var site = SyntheticSite.Generate(vocabulary, documents, seed: 20261129);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Synthesised {site.Nodes.Count:N0} nodes, {site.Documents:N0} documents ({CultureSpread(site)})"));

        await using var instance = new SpeedInstance();
        var run = new SpeedRun(instance.Services, site);
        using var report = new SpeedReport();
        await run.MeasureIndexingAsync(report);
        var queryFile = Path.Combine(folder, "queries-dev.json");
        run.MeasureQueries(
            report,
            QuerySet.Build(vocabulary, queryFile, queries, seed: 7, run.FloorTerm),
            QuerySet.Build(vocabulary, queryFile, queries / 4, seed: 8, run.FloorTerm, withDevelopmentQueries: false));
        await run.MeasureRebuildAsync(report);
        report.Print();
        return 0;
    }

    private static string CultureSpread(SyntheticSite site) =>
        string.Join(", ", site.Nodes.Values.SelectMany(n => n.Cultures.Keys).GroupBy(c => c).OrderByDescending(g => g.Count())
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key} {g.Count():N0}")));

    private static bool IsOptionValue(string[] args, string value) =>
        Array.IndexOf(args, value) is var i and > 0 && args[i - 1].StartsWith("--", StringComparison.Ordinal) && args[i - 1] is "--documents" or "--queries";

    private static int Option(string[] args, string name, int fallback) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;

    private static string FindEvalFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, "shared", "eval"), Path.Combine(dir.FullName, "..", "shared", "eval") })
            {
                if (File.Exists(Path.Combine(candidate, "corpus.json")))
                {
                    return Path.GetFullPath(candidate);
                }
            }
        }

        throw new DirectoryNotFoundException("shared/eval not found; pass its path as the first argument.");
    }
}
