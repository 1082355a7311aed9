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
    private readonly Lazy<Query?> _bonus;

    /// <param name="bonus">Builds <see cref="Bonus"/>; none when not given.</param>
    public QueryTier(QueryMatching matching, Func<Query> build, Func<Query?>? bonus = null)
    {
        Matching = matching;
        _query = new Lazy<Query>(build, LazyThreadSafetyMode.ExecutionAndPublication);
        _bonus = new Lazy<Query?>(bonus ?? (() => null), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public QueryTier(QueryMatching matching, Query query)
        : this(matching, () => query)
    {
    }

    public QueryMatching Matching { get; }

    public Query Query => _query.Value;

    /// <summary>
    /// What adds to the score of a hit without deciding whether it matches (the phrase of the typed words): added
    /// only to the best hits of the tier, since computing it for every match is the costliest part of a search.
    /// </summary>
    public Query? Bonus => _bonus.Value;

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
