using Hedershus.Core.Common;
using Microsoft.Extensions.Options;
using SkiaSharp;

namespace Hedershus.Core.Media;

/// <summary>
/// Decides what an uploaded file really is from its bytes, checks that against what the uploader claimed, and
/// reads an image's width and height from its header (Skia's codec reads the header only, it decodes no pixels).
/// </summary>
public sealed class MediaFileInspector(IOptions<MediaOptions> options)
{
    public const string Field = "file";

    private const string SvgRefusal =
        "SVG files are not accepted: an SVG can carry script that would run in the visitor's browser. Upload a PNG, JPEG, GIF or WebP instead.";

    /// <summary>Inspects a file on disk; throws <see cref="InputValidationException"/> naming "file" when it is not acceptable.</summary>
    public InspectedMediaFile Inspect(string path, string fileName, string? claimedContentType)
    {
        var head = ReadHead(path);
        var claimedExtension = MediaNames.ExtensionOf(fileName);
        var claimedType = string.IsNullOrWhiteSpace(claimedContentType) ? null : MediaFormat.NormalizeContentType(claimedContentType);
        var format = MediaFormat.Detect(head);
        if (format is null)
        {
            throw Invalid(LooksLikeSvg(head, claimedExtension, claimedType)
                ? SvgRefusal
                : "The file is not a PNG, JPEG, GIF or WebP image or a PDF document (checked by its content, not its name).");
        }

        CheckClaims(format, claimedExtension, claimedType);
        if (!options.Value.EffectiveAllowedContentTypes.Contains(format.ContentType, StringComparer.OrdinalIgnoreCase))
        {
            throw Invalid($"{format.Name} files are not accepted here.");
        }

        var extension = claimedExtension ?? format.DefaultExtension;
        if (format.MediaType != MediaType.Image)
        {
            return new InspectedMediaFile(format, extension, null, null);
        }

        var (width, height) = ReadDimensions(path, format);
        return new InspectedMediaFile(format, extension, width, height);
    }

    private static void CheckClaims(MediaFormat format, string? claimedExtension, string? claimedType)
    {
        // Browsers send application/octet-stream for types they do not know; that claims nothing.
        if (claimedType is not null && claimedType != "application/octet-stream" && claimedType != format.ContentType)
        {
            throw Invalid($"The file's content is {format.Name}, but it was sent as {claimedType}.");
        }

        if (claimedExtension is not null && !format.Extensions.Contains(claimedExtension))
        {
            throw Invalid($"The file's content is {format.Name}, but its name ends in .{claimedExtension}.");
        }
    }

    private static (int Width, int Height) ReadDimensions(string path, MediaFormat format)
    {
        using var stream = File.OpenRead(path);
        using var codec = SKCodec.Create(stream, out var result);
        if (codec is null || result != SKCodecResult.Success || codec.Info.Width <= 0 || codec.Info.Height <= 0)
        {
            throw Invalid($"The file starts like a {format.Name} image but its header cannot be read.");
        }

        return (codec.Info.Width, codec.Info.Height);
    }

    private static byte[] ReadHead(string path)
    {
        var head = new byte[256];
        using var stream = File.OpenRead(path);
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        return head[..read];
    }

    private static bool LooksLikeSvg(byte[] head, string? extension, string? contentType)
    {
        if (extension is "svg" or "svgz" || contentType == "image/svg+xml")
        {
            return true;
        }

        var text = System.Text.Encoding.UTF8.GetString(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return text.StartsWith("<svg", StringComparison.OrdinalIgnoreCase) ||
               (text.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) && text.Contains("<svg", StringComparison.OrdinalIgnoreCase));
    }

    private static InputValidationException Invalid(string message) => new(Field, message);
}

/// <summary>What an accepted upload turned out to be.</summary>
public sealed record InspectedMediaFile(MediaFormat Format, string Extension, int? Width, int? Height);
