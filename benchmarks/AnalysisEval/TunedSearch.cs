using Hedershus.Core.Search.Analysis;

namespace Hedershus.AnalysisEval;

/// <summary>
/// The search the hub should run. The query in its own culture goes through the tiers of
/// <see cref="SearchQueryBuilder.Cascade"/>, each tier's new hits after the earlier ones, until a page is full.
/// When fewer than <see cref="FewHits"/> documents match every concept, the Swedish and English documents
/// that match every concept of the query (translated from English into Swedish) come right after those, then
/// the partial matches of the query's culture, then those of the fallback cultures.
/// </summary>
internal sealed class TunedSearch(EvalIndex index, QueryTextAnalysis analysis, SearchQueryBuilder builder)
{
    public const int FewHits = 3;
    private static readonly string[] FallbackCultures = ["sv", "en"];

    public bool Verbose { get; init; }

    public List<string> Search(EvalQuery query)
    {
        var (complete, partial) = SearchCulture(analysis.Analyze(query.Query, query.Culture, index.Searcher.IndexReader));
        if (complete.Count >= FewHits)
        {
            return [.. complete.Concat(partial).Take(Metrics.Depth)];
        }

        var hits = complete;
        var fallbackPartial = new List<string>();
        foreach (var culture in FallbackCultures.Where(c => c != query.Culture))
        {
            var fallback = SearchCulture(analysis.AnalyzeForFallback(query.Query, query.Culture, culture, index.Searcher.IndexReader));
            hits.AddRange(fallback.Complete);
            fallbackPartial.AddRange(fallback.Partial);
        }

        return [.. hits.Concat(partial).Concat(fallbackPartial).Distinct().Take(Metrics.Depth)];
    }

    /// <summary>Hits matching every concept, and the partial matches after them.</summary>
    private (List<string> Complete, List<string> Partial) SearchCulture(AnalyzedQueryText text)
    {
        List<string> complete = [], partial = [];
        foreach (var tier in builder.Cascade(text, index: index.Searcher.IndexReader))
        {
            var hits = index.Search(tier.Query, text.Culture);
            if (Verbose)
            {
                Console.WriteLine($"    [{text.Culture}] {tier.Matching}: {tier.Query} -> {hits.Count}");
            }

            var into = tier.RequiresAllConcepts ? complete : partial;
            into.AddRange(hits.Where(id => !complete.Contains(id) && !partial.Contains(id)));
            if (complete.Count + partial.Count >= Metrics.Depth)
            {
                break;
            }
        }

        return (complete, partial);
    }
}
