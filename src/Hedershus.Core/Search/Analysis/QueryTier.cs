using Lucene.Net.Search;

namespace Hedershus.Core.Search.Analysis;

/// <summary>One step of <see cref="SearchQueryBuilder.Cascade"/>: how strictly it matches, and the query.</summary>
public sealed record QueryTier(QueryMatching Matching, Query Query)
{
    /// <summary>True when every concept of the query must match: these hits decide whether a query found few.</summary>
    public bool RequiresAllConcepts => Matching is QueryMatching.AllConcepts or QueryMatching.AllConceptsWithTypos;
}
