using Lucene.Net.Search;

namespace Hedershus.Core.Search.Querying;

/// <summary>
/// One pass of a search. Tiers run in order (all concepts, with typos, other languages, most, any);
/// a later tier only adds documents the earlier ones did not find, and ranks after them.
/// </summary>
/// <param name="Query">The restricted query.</param>
/// <param name="Highlight">The terms to mark in snippets of this tier's hits.</param>
/// <param name="FallbackCulture">Set when the tier adds hits of another language (cross-language fallback).</param>
/// <param name="Bonus">Added to the scores of the tier's best hits after matching (see <see cref="Analysis.QueryTier.Bonus"/>).</param>
public sealed record SearchTier(Query Query, Query Highlight, string? FallbackCulture = null, Query? Bonus = null);
