namespace Hedershus.Core.Search.Querying;

/// <summary>One page of hits, facet counts over the whole result, and help for the visitor.</summary>
public sealed record SearchResult(
    int Total,
    double TookMs,
    IReadOnlyList<SearchHit> Items,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Facets,
    string? DidYouMean,
    IReadOnlyList<string> FallbackCultures);

/// <summary>
/// One hit. <see cref="Snippet"/> is HTML: the content's text escaped, with the matched words in
/// <c>&lt;mark&gt;</c>, so it can be inserted as markup without letting content or query break out.
/// </summary>
public sealed record SearchHit(Guid Id, string ContentType, string Name, string? Url, string Culture, string Snippet, float Score);
