using System.Globalization;
using System.Text;

namespace Hedershus.Core.Content.Routing;

/// <summary>URL segments: made from names, checked when given.</summary>
public static class UrlSegment
{
    public const int MaxLength = 200;

    /// <summary>"Tvångsäktenskap – vad gäller?" → "tvangsaktenskap-vad-galler". Letters of other scripts are kept.</summary>
    public static string FromName(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark && c < 'ͯ')
            {
                continue; // drop Latin diacritics (å → a); other scripts keep their combining marks
            }

            if (char.IsLetterOrDigit(c) || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var segment = builder.ToString().Normalize(NormalizationForm.FormC).Trim('-');
        if (segment.Length > MaxLength)
        {
            segment = segment[..MaxLength].TrimEnd('-');
        }

        return segment.Length == 0 ? "sida" : segment;
    }

    /// <summary>A given segment: lowercase letters, digits and single hyphens; no slashes, dots or spaces.</summary>
    public static bool IsValid(string segment) =>
        segment.Length is > 0 and <= MaxLength
        && string.Equals(segment, segment.ToLowerInvariant(), StringComparison.Ordinal)
        && !segment.StartsWith('-') && !segment.EndsWith('-') && !segment.Contains("--", StringComparison.Ordinal)
        && segment.All(c => char.IsLetterOrDigit(c) || c == '-' || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark);
}
