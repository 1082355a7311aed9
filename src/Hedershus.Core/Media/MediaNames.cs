using System.Globalization;
using System.Text;

namespace Hedershus.Core.Media;

/// <summary>Rules for media names (which make up media paths) and the file names stored on disk.</summary>
public static class MediaNames
{
    public const int MaxLength = 255;
    private const int MaxFileStemLength = 80;

    /// <summary>The problem with a proposed name, or null when it is fine.</summary>
    public static string? Problem(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "Give the media item a name.";
        }

        if (name.Length > MaxLength)
        {
            return $"The name may be at most {MaxLength} characters long.";
        }

        if (name.Contains('/', StringComparison.Ordinal) || name.Contains('\\', StringComparison.Ordinal) || name.Trim() is "." or "..")
        {
            // Names are the segments of media paths (/folder/file.png), so they cannot contain separators.
            return "The name may not contain '/' or '\\', and may not be '.' or '..'.";
        }

        return name.Any(char.IsControl) ? "The name may not contain control characters." : null;
    }

    /// <summary>
    /// A file name safe on every file system and in a URL: ASCII letters, digits and dashes, diacritics folded
    /// (å → a), lower case, with the given extension.
    /// </summary>
    public static string ToFileName(string originalFileName, string extension)
    {
        var stem = Path.GetFileNameWithoutExtension(Path.GetFileName(originalFileName.Replace('\\', '/')));
        var builder = new StringBuilder();
        foreach (var c in stem.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var keep = c is >= 'a' and <= 'z' or >= '0' and <= '9';
            if (keep)
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var safe = builder.ToString().Trim('-');
        if (safe.Length > MaxFileStemLength)
        {
            safe = safe[..MaxFileStemLength].TrimEnd('-');
        }

        return (safe.Length == 0 ? "file" : safe) + "." + extension;
    }

    /// <summary>The extension of an uploaded file name, lower case without the dot, or null.</summary>
    public static string? ExtensionOf(string fileName)
    {
        var extension = Path.GetExtension(fileName.Replace('\\', '/'));
        return extension.Length > 1 ? extension[1..].ToLowerInvariant() : null;
    }

    /// <summary>A name not yet taken among the siblings: "Karta", "Karta (1)", "Karta (2)"…</summary>
    public static string Unique(string name, IEnumerable<string> siblingNames)
    {
        var taken = new HashSet<string>(siblingNames, StringComparer.OrdinalIgnoreCase);
        var candidate = name;
        for (var n = 1; taken.Contains(candidate); n++)
        {
            candidate = $"{name} ({n})";
        }

        return candidate;
    }
}
