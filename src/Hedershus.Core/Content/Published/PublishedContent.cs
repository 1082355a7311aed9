using System.Text.Json;

namespace Hedershus.Core.Content.Published;

/// <summary>A published node as the snapshot holds it. Immutable; shared between snapshots while unchanged.</summary>
public sealed record PublishedContent
{
    public required Guid Key { get; init; }
    public required int Id { get; init; }
    public Guid? ParentKey { get; init; }
    public int SortOrder { get; init; }
    public required string ContentType { get; init; }
    public DateTime CreateDate { get; init; }
    public DateTime UpdateDate { get; init; }

    /// <summary>False for document types that do not vary by culture: their one culture serves every culture.</summary>
    public bool VariesByCulture { get; init; } = true;

    /// <summary>1 for a root. Set by the snapshot builder.</summary>
    public int Level { get; init; }

    /// <summary>The key of the root above this node (itself for a root). Set by the snapshot builder.</summary>
    public Guid RootKey { get; init; }

    /// <summary>Published cultures by code.</summary>
    public required IReadOnlyDictionary<string, PublishedCulture> Cultures { get; init; }
}

/// <summary>One published culture of a node.</summary>
public sealed record PublishedCulture
{
    public required string Culture { get; init; }
    public required string Name { get; init; }
    public required string Segment { get; init; }
    public DateTime PublishedAt { get; init; }

    /// <summary>Invariant and culture properties together, by alias.</summary>
    public required IReadOnlyDictionary<string, JsonElement> Properties { get; init; }

    /// <summary>The route, e.g. "/en/guidance/forced-marriage/"; null while an ancestor is unpublished in this culture.</summary>
    public string? Route { get; init; }
}
