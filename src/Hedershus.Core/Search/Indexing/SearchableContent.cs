namespace Hedershus.Core.Search.Indexing;

/// <summary>What search knows of one node in one culture: its texts, facet values and where it lives.</summary>
public sealed record SearchableContent
{
    public required Guid Key { get; init; }
    public required string Culture { get; init; }
    public required string ContentType { get; init; }
    public required string Name { get; init; }
    public string Summary { get; init; } = "";

    /// <summary>Rich text, text areas and block contents, flattened in the order of the document type.</summary>
    public string Body { get; init; } = "";

    /// <summary>Tags and the municipality, searched as words.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    public IReadOnlyList<string> Audience { get; init; } = [];
    public IReadOnlyList<string> Topics { get; init; } = [];
    public string? Municipality { get; init; }

    /// <summary>The route in this culture; null for drafts.</summary>
    public string? Url { get; init; }

    public DateTime Updated { get; init; }

    /// <summary>Every culture the node can be read in, so a search in a culture with fallbacks can skip translated nodes.</summary>
    public IReadOnlyList<string> AvailableCultures { get; init; } = [];

    /// <summary>The saved version a draft document was built from (drafts index only).</summary>
    public int? Version { get; init; }

    /// <summary>The keys of the node's ancestors and its own, root first (drafts index only: editors' scope).</summary>
    public IReadOnlyList<Guid> Path { get; init; } = [];
}
