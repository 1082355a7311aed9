namespace Hedershus.Core.Content.Storage;

/// <summary>One saved state of a node: every culture's name, segment and properties, as JSON.</summary>
public sealed class ContentVersion
{
    public int Id { get; set; }
    public int NodeId { get; set; }

    /// <summary>The node revision this version created.</summary>
    public int Revision { get; set; }

    public DateTime CreatedAt { get; set; }
    public string? Author { get; set; }
    public ContentVersionKind Kind { get; set; }

    /// <summary>Serialized <see cref="ContentData"/>.</summary>
    public string Data { get; set; } = "{}";
}

public enum ContentVersionKind
{
    Save = 0,
    Rollback = 1,

    /// <summary>A save that arrived over a newer revision: kept, but not current.</summary>
    Conflict = 2,
    Copy = 3,
    Import = 4,
}
