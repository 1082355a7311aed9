namespace Hedershus.Core.Search.Querying;

/// <summary>A search as the public API receives it. Null members take their defaults.</summary>
public sealed record SearchRequest
{
    /// <summary>What the visitor typed; treated as words, never as Lucene syntax.</summary>
    public string? Q { get; init; }

    /// <summary>The culture to search in; the default culture when empty.</summary>
    public string? Culture { get; init; }

    /// <summary>Facet values to keep, e.g. { "audience": ["young"] }: values of one facet are alternatives, facets all apply.</summary>
    public Dictionary<string, List<string>?>? Filters { get; init; }

    /// <summary>1-based.</summary>
    public int? Page { get; init; }

    public int? PageSize { get; init; }

    /// <summary>"relevance" (default) or "date" (newest first).</summary>
    public string? Sort { get; init; }
}

public enum SearchSort
{
    Relevance,
    Date,
}

/// <summary>A request that passed validation, in canonical spelling.</summary>
public sealed record ValidSearch(
    string Text,
    string Culture,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Filters,
    int Page,
    int PageSize,
    SearchSort Sort)
{
    public int Skip => (Page - 1) * PageSize;

    /// <summary>How many hits a search must rank to fill the requested page.</summary>
    public int Needed => Page * PageSize;
}
