using Lucene.Net.Search;

namespace Hedershus.Core.Search.Analysis;

/// <summary>
/// One step of <see cref="SearchQueryBuilder.Cascade"/>: how strictly it matches, and the query. The query is
/// built when first asked for, so the steps a search never reaches cost nothing (building one looks up every word
/// in every field to tell typos from rare words).
/// </summary>
public sealed class QueryTier
{
    private readonly Lazy<Query> _query;

    public QueryTier(QueryMatching matching, Func<Query> build)
    {
        Matching = matching;
        _query = new Lazy<Query>(build, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public QueryTier(QueryMatching matching, Query query)
        : this(matching, () => query)
    {
    }

    public QueryMatching Matching { get; }

    public Query Query => _query.Value;

    /// <summary>True when every concept of the query must match: these hits decide whether a query found few.</summary>
    public bool RequiresAllConcepts => Strength == MatchStrength.AllConcepts;

    /// <summary>How much of the query this tier's hits match; order merged hits (own culture and fallbacks) by it.</summary>
    public MatchStrength Strength => StrengthOf(Matching);

    public static MatchStrength StrengthOf(QueryMatching matching) => matching switch
    {
        QueryMatching.AllConcepts or QueryMatching.AllConceptsWithTypos => MatchStrength.AllConcepts,
        QueryMatching.MostConceptsWithTypos => MatchStrength.MostConcepts,
        _ => MatchStrength.AnyConcept,
    };
}

/// <summary>How much of a query a hit matches, strongest first.</summary>
public enum MatchStrength
{
    AllConcepts,
    MostConcepts,
    AnyConcept,
}
