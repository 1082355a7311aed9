namespace Hedershus.Core.Search.Analysis;

/// <summary>How strictly the concepts of a query must match; try them in this order while hits are few.</summary>
public enum QueryMatching
{
    /// <summary>Every concept must match (its words, synonyms or compound parts).</summary>
    AllConcepts,

    /// <summary>Every concept must match, and a word may also match with typos (edit distance by word length).</summary>
    AllConceptsWithTypos,

    /// <summary>Most concepts must match (see <see cref="SearchQueryBuilder.MostOf"/>), with typos: for long questions.</summary>
    MostConceptsWithTypos,

    /// <summary>Any concept may match, with typos: the last resort, ranked by how much matches.</summary>
    AnyConceptWithTypos,
}
