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
        var found = new List<(Query Restricted, Query Expanded, Query? Bonus)>();
        foreach (var part in Parts)
        {
            foreach (var tier in part.Tiers.Where(t => t.Matching == matching))
            {
                var expanded = execution.Expand(tier.Query);
                var bonus = tier.Bonus is { } phrase ? SearchFilters.Restrict(phrase, part.Served, []) : null;
                found.Add((SearchFilters.Restrict(expanded, part.Served, facets), Marked(expanded, tier.Bonus), bonus));
            }
        }

        var bonuses = found.Select(f => f.Bonus).OfType<Query>().ToList();
        return found switch
        {
            [] => null,
            [var one] => new SearchTier(one.Restricted, one.Expanded, Fallback, one.Bonus),

            // A document is in one culture, so it matches one part: coordination would only scale every score alike.
            _ => new SearchTier(Any(found.Select(f => f.Restricted)), Any(found.Select(f => f.Expanded)), Fallback, bonuses.Count > 0 ? Any(bonuses) : null),
        };
    }

    /// <summary>The words snippets mark: the query's, and the phrase of its bonus, which the highlighter prefers.</summary>
    private static Query Marked(Query expanded, Query? bonus) => bonus is null ? expanded : Any([expanded, bonus]);

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
