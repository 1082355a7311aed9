using Hedershus.Core.Search.Analysis;
using Lucene.Net.Search;

namespace Hedershus.Core.Search.Querying;

/// <summary>The tiers of a query in one culture and the documents they may find there.</summary>
internal sealed record CulturePart(List<QueryTier> Tiers, Query Served);

/// <summary>
/// The tiers of one search pass: the own culture with the cultures its content falls back to (one part per way of
/// analysing the query), or one cross-language fallback culture, whose hits are marked with it.
/// </summary>
internal sealed record CulturePasses(List<CulturePart> Parts, string? Fallback)
{
    /// <summary>The matchings some part has, strictest first.</summary>
    public IEnumerable<QueryMatching> Matchings => Parts.SelectMany(p => p.Tiers.Select(t => t.Matching)).Distinct().Order();

    /// <summary>
    /// One tier over every part that has <paramref name="matching"/>, each part's query restricted to its documents.
    /// The tier's own query marks the snippet: the highlighter keeps only the terms of summary and body.
    /// </summary>
    public SearchTier? Tier(QueryMatching matching, SearchExecution execution, IReadOnlyList<Query> facets)
    {
        var found = new List<(Query Restricted, Query Expanded)>();
        foreach (var part in Parts)
        {
            foreach (var tier in part.Tiers.Where(t => t.Matching == matching))
            {
                var expanded = execution.Expand(tier.Query);
                found.Add((SearchFilters.Restrict(expanded, part.Served, facets), expanded));
            }
        }

        return found switch
        {
            [] => null,
            [var one] => new SearchTier(one.Restricted, one.Expanded, Fallback),

            // A document is in one culture, so it matches one part: coordination would only scale every score alike.
            _ => new SearchTier(Any(found.Select(f => f.Restricted)), Any(found.Select(f => f.Expanded)), Fallback),
        };
    }

    private static BooleanQuery Any(IEnumerable<Query> queries)
    {
        var any = new BooleanQuery(disableCoord: true);
        foreach (var query in queries)
        {
            any.Add(query, Occur.SHOULD);
        }

        return any;
    }
}
