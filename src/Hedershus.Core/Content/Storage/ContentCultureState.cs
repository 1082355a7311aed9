namespace Hedershus.Core.Content.Storage;

/// <summary>Publish state and schedule of one culture of a node.</summary>
public sealed class ContentCultureState
{
    public int NodeId { get; set; }
    public string Culture { get; set; } = "";

    public int? PublishedVersionId { get; set; }
    public string? PublishedName { get; set; }
    public string? PublishedSegment { get; set; }

    /// <summary>Serialized <see cref="ContentData"/> holding only this culture and the invariant properties, as published.</summary>
    public string? PublishedData { get; set; }

    public DateTime? PublishedAt { get; set; }
    public DateTime? PublishAt { get; set; }
    public DateTime? UnpublishAt { get; set; }

    public bool IsPublished => PublishedData is not null;
}
