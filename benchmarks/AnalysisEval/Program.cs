// Tunes the search analysis on the evaluation collection: indexes the corpus in memory, runs the judged
// queries through the tuned analysis and through the baseline (StandardAnalyzer, as Umbraco's default
// index), and prints nDCG@10 and recall@10 overall and per phenomenon.
// Usage (from the repository root):
//   dotnet run -c Release --project benchmarks/AnalysisEval -- [corpus.json] [--queries file] [--similarity bm25|classic] [--verbose]
//   dotnet run -c Release --project benchmarks/AnalysisEval -- --tokens <culture> <text…>
//   dotnet run -c Release --project benchmarks/AnalysisEval -- [corpus.json] --splits   (curating the Swedish word list)
//   dotnet run -c Release --project benchmarks/AnalysisEval -- [corpus.json] --search "sv hedersvåld | en forced marriage"
using Hedershus.AnalysisEval;
using Hedershus.Core.Common;
using Hedershus.Core.Search.Analysis;
using Lucene.Net.Search.Similarities;
using Microsoft.Extensions.Options;

var options = EvalOptions.Parse(args);
var paths = new HedershusPaths(Options.Create(new HedershusOptions()), Directory.GetCurrentDirectory());
var cultures = new CultureCatalog(Options.Create(new HedershusOptions()));
using var analyzers = new SearchAnalyzers(paths, cultures);

if (options.TokensCulture is { } tokensCulture)
{
    TokenPrinter.Print(analyzers, new QueryTextAnalysis(analyzers), tokensCulture, options.TokensText);
    return 0;
}

var corpus = EvalData.LoadCorpus(options.CorpusPath);
if (options.Splits)
{
    SplitReport.Print(analyzers, corpus);
    return 0;
}

var queries = EvalData.LoadQueries(options.QueriesPath);
Similarity similarity = options.Similarity == "classic" ? new DefaultSimilarity() : new BM25Similarity();

using var baselineIndex = new EvalIndex(corpus, _ => analyzers.Standard, new DefaultSimilarity(), foldedTwins: false);
using var tunedIndex = new EvalIndex(corpus, analyzers.ForCulture, similarity, foldedTwins: true);
var baseline = new BaselineSearch(baselineIndex, analyzers.Standard);
var tuned = new TunedSearch(tunedIndex, new QueryTextAnalysis(analyzers), new SearchQueryBuilder(analyzers)) { Verbose = options.Verbose };

if (options.SearchText is { } searchText)
{
    var names = corpus.ToDictionary(d => d.Id, d => $"{d.Culture} {d.Name}");
    foreach (var line in searchText.Split('|', StringSplitOptions.TrimEntries))
    {
        var culture = line[..line.IndexOf(' ', StringComparison.Ordinal)];
        var text = line[(culture.Length + 1)..];
        Console.WriteLine($"{culture}: {text}");
        foreach (var id in tuned.Search(new EvalQuery("-", culture, text, "-", [])))
        {
            Console.WriteLine($"    {id} {names[id]}");
        }
    }

    return 0;
}

var results = queries.Select(q => new QueryResult(q, baseline.Search(q), tuned.Search(q))).ToList();
Report.Print(results, options, corpus.Count);
return 0;
