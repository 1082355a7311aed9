namespace Hedershus.Core.Media;

/// <summary>A folder, image or file in the media library. Files live on disk under <c>media/{Key:N}/{FileName}</c>.</summary>
public sealed class MediaItem
{
    public int Id { get; set; }
    public Guid Key { get; set; }

    /// <summary>The folder holding this item; null at the root.</summary>
    public int? ParentId { get; set; }

    public string Name { get; set; } = "";
    public MediaType MediaType { get; set; }
    public int SortOrder { get; set; }

    /// <summary>The stored file name (sanitised, with extension); null for folders.</summary>
    public string? FileName { get; set; }

    /// <summary>Lower-case extension without the dot, e.g. "jpg".</summary>
    public string? Extension { get; set; }

    /// <summary>The content type found by sniffing the bytes, never the one the uploader claimed.</summary>
    public string? ContentType { get; set; }

    public long? Bytes { get; set; }
    public int? Width { get; set; }
    public int? Height { get; set; }

    /// <summary>Horizontal focal point, 0 (left) to 1 (right); null when none is set.</summary>
    public double? FocalPointLeft { get; set; }

    /// <summary>Vertical focal point, 0 (top) to 1 (bottom); null when none is set.</summary>
    public double? FocalPointTop { get; set; }

    /// <summary>Alternative text per culture code, stored as JSON.</summary>
    public Dictionary<string, string> AltText { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The public URL path, fixed at upload so it stays stable, e.g. "/media/3f2a…/karta.png".</summary>
    public string? UrlPath { get; set; }

    public DateTime CreateDate { get; set; }
    public DateTime UpdateDate { get; set; }
}
