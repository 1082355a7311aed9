namespace Hedershus.Core.Media;

/// <summary>The kind of a media item; the names are Umbraco's media type aliases, which the Delivery API outputs.</summary>
public enum MediaType
{
    Folder = 0,
    Image = 1,

    /// <summary>A document such as a PDF.</summary>
    File = 2,
}
