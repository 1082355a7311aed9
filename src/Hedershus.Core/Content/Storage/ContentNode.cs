namespace Hedershus.Core.Content.Storage;

/// <summary>A document in the content tree. Per-culture data lives in its versions; publish state in <see cref="ContentCultureState"/>.</summary>
public sealed class ContentNode
{
    public int Id { get; set; }
    public Guid Key { get; set; }
    public int? ParentId { get; set; }

    /// <summary>Comma-separated ids from the root down to this node, e.g. "12,40,41".</summary>
    public string Path { get; set; } = "";

    /// <summary>1 for a root node.</summary>
    public int Level { get; set; }

    public int SortOrder { get; set; }
    public string ContentType { get; set; } = "";
    public DateTime CreateDate { get; set; }
    public DateTime UpdateDate { get; set; }
    public bool Trashed { get; set; }

    /// <summary>The id of the node whose trashing put this one in the recycle bin, so a restore brings back only what went with it.</summary>
    public int? TrashedWithId { get; set; }

    /// <summary>Grows by one on every save; a save that names an older revision is a conflict.</summary>
    public int Revision { get; set; }

    public int? CurrentVersionId { get; set; }
    public ContentVersion? CurrentVersion { get; set; }
    public List<ContentCultureState> Cultures { get; set; } = [];
}
