using System.Text.Json;

namespace Hedershus.Core.Content.Editing;

/// <summary>A node as editors see it: the current draft of every culture and each culture's publish state.</summary>
public sealed record ContentDocument
{
    public required Guid Id { get; init; }
    public required string ContentType { get; init; }
    public Guid? ParentId { get; init; }
    public int SortOrder { get; init; }
    public int Level { get; init; }
    public int Revision { get; init; }
    public bool Trashed { get; init; }
    public DateTime CreateDate { get; init; }
    public DateTime UpdateDate { get; init; }
    public required Dictionary<string, JsonElement> Properties { get; init; }
    public required Dictionary<string, ContentDocumentCulture> Cultures { get; init; }
}

public sealed record ContentDocumentCulture
{
    public required string Name { get; init; }
    public required string Segment { get; init; }
    public required Dictionary<string, JsonElement> Properties { get; init; }
    public bool Published { get; init; }

    /// <summary>The draft differs from what is published.</summary>
    public bool HasUnpublishedChanges { get; init; }

    public DateTime? PublishedAt { get; init; }
    public DateTime? PublishAt { get; init; }
    public DateTime? UnpublishAt { get; init; }
}

/// <summary>A line in a tree or list.</summary>
public sealed record ContentSummary(
    Guid Id,
    string ContentType,
    Guid? ParentId,
    int SortOrder,
    bool HasChildren,
    Dictionary<string, string> Names,
    IReadOnlyList<string> PublishedCultures);
