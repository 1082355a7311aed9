using Hedershus.Core.Search.Analysis;

namespace Hedershus.AnalysisEval;

/// <summary>
/// The search the hub should run. The query in its own culture goes through the tiers of
/// <see cref="SearchQueryBuilder.Cascade"/>, each tier's new hits after the earlier ones, until a page is full.
/// When fewer than <see cref="FewHits"/> documents match every concept, the same query (translated from English
/// into Swedish) runs on the Swedish and English content too, and hits are ordered by how much of the query they
/// match — every concept, most, any — the query's own culture first within each.
/// </summary>
internal sealed class TunedSearch(EvalIndex index, QueryTextAnalysis analysis, SearchQueryBuilder builder)
{
    public const int FewHits = 3;
    private static readonly string[] FallbackCultures = ["sv", "en"];

    public bool Verbose { get; init; }

    public List<string> Search(EvalQuery query)
    {
        var reader = index.Searcher.IndexReader;
        var own = SearchCulture(analysis.Analyze(query.Query, query.Culture, reader));
        var results = new List<Dictionary<MatchStrength, List<string>>> { own };
        if (own[MatchStrength.AllConcepts].Count < FewHits)
        {
            results.AddRange(FallbackCultures.Where(c => c != query.Culture)
                .Select(c => SearchCulture(analysis.AnalyzeForFallback(query.Query, query.Culture, c, reader))));
        }

        return [.. Enum.GetValues<MatchStrength>().SelectMany(s => results.SelectMany(r => r[s])).Distinct().Take(Metrics.Depth)];
    }

    /// <summary>The hits of one culture by how much of the query they match.</summary>
    private Dictionary<MatchStrength, List<string>> SearchCulture(AnalyzedQueryText text)
    {
        var hits = Enum.GetValues<MatchStrength>().ToDictionary(s => s, _ => new List<string>());
        var seen = new HashSet<string>();
        foreach (var tier in builder.Cascade(text, index: index.Searcher.IndexReader))
        {
            var found = index.Search(tier.Query, text.Culture);
            if (Verbose)
            {
                Console.WriteLine($"    [{text.Culture}] {tier.Matching}: {tier.Query} -> {found.Count}");
            }

            hits[tier.Strength].AddRange(found.Where(seen.Add));
            if (seen.Count >= Metrics.Depth)
            {
                break;
            }
        }

        return hits;
    }
}
