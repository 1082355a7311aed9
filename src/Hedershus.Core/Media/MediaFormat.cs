namespace Hedershus.Core.Media;

/// <summary>A file format the media library accepts, recognised by its magic bytes.</summary>
public sealed record MediaFormat(string Name, string ContentType, MediaType MediaType, IReadOnlyList<string> Extensions)
{
    public static readonly MediaFormat Png = new("PNG", "image/png", MediaType.Image, ["png"]);
    public static readonly MediaFormat Jpeg = new("JPEG", "image/jpeg", MediaType.Image, ["jpg", "jpeg", "jpe"]);
    public static readonly MediaFormat Gif = new("GIF", "image/gif", MediaType.Image, ["gif"]);
    public static readonly MediaFormat Webp = new("WebP", "image/webp", MediaType.Image, ["webp"]);
    public static readonly MediaFormat Pdf = new("PDF", "application/pdf", MediaType.File, ["pdf"]);

    public static IReadOnlyList<MediaFormat> All { get; } = [Png, Jpeg, Gif, Webp, Pdf];

    /// <summary>How many leading bytes <see cref="Detect"/> needs.</summary>
    public const int SniffLength = 16;

    /// <summary>The canonical extension, used when the upload's file name has none.</summary>
    public string DefaultExtension => Extensions[0];

    /// <summary>The format whose signature starts <paramref name="head"/>, or null.</summary>
    public static MediaFormat? Detect(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return Png;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return Jpeg;
        }

        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8))
        {
            return Gif;
        }

        if (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return Webp;
        }

        // PDF readers tolerate junk before the header; we do not, so a polyglot cannot pass as a PDF.
        return head.StartsWith("%PDF-"u8) ? Pdf : null;
    }

    /// <summary>The format a stored file's extension belongs to, e.g. for serving it.</summary>
    public static MediaFormat? FromExtension(string extension) =>
        All.FirstOrDefault(f => f.Extensions.Contains(extension.TrimStart('.').ToLowerInvariant()));

    /// <summary>Content types browsers and tools send for the same format.</summary>
    public static string NormalizeContentType(string contentType)
    {
        var bare = contentType.Split(';')[0].Trim().ToLowerInvariant();
        return bare switch
        {
            "image/jpg" or "image/pjpeg" => Jpeg.ContentType,
            "image/x-png" => Png.ContentType,
            "application/x-pdf" => Pdf.ContentType,
            _ => bare,
        };
    }
}
