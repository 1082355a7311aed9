using Hedershus.Core.Common;

namespace Hedershus.Core.Media;

/// <summary>Field checks shared by uploads, folders and updates; each problem is added under its field name.</summary>
public sealed class MediaInputRules(CultureCatalog cultures)
{
    public const int MaxAltTextLength = 1000;

    public static string CheckName(string? name, ValidationErrors errors)
    {
        if (MediaNames.Problem(name) is { } problem)
        {
            errors.Add("name", problem);
            return "";
        }

        return name!.Trim();
    }

    /// <summary>The alt text with canonical culture codes and blank values dropped.</summary>
    public Dictionary<string, string> CheckAltText(IReadOnlyDictionary<string, string?>? altText, ValidationErrors errors)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (culture, text) in altText ?? new Dictionary<string, string?>())
        {
            var field = $"altText.{culture}";
            if (cultures.Normalize(culture) is not { } code)
            {
                errors.Add(field, $"'{culture}' is not a culture of this site.");
            }
            else if (text?.Length > MaxAltTextLength)
            {
                errors.Add(field, $"Alternative text may be at most {MaxAltTextLength} characters long.");
            }
            else if (!string.IsNullOrWhiteSpace(text))
            {
                result[code] = text.Trim();
            }
        }

        return result;
    }

    public static void CheckFocalPoint(MediaFocalPoint? focalPoint, MediaType mediaType, ValidationErrors errors)
    {
        if (focalPoint is null)
        {
            return;
        }

        if (mediaType != MediaType.Image)
        {
            errors.Add("focalPoint", "Only images have a focal point.");
            return;
        }

        if (!IsFraction(focalPoint.Left))
        {
            errors.Add("focalPoint.left", "Give a number from 0 (left edge) to 1 (right edge).");
        }

        if (!IsFraction(focalPoint.Top))
        {
            errors.Add("focalPoint.top", "Give a number from 0 (top edge) to 1 (bottom edge).");
        }
    }

    private static bool IsFraction(double value) => value is >= 0 and <= 1;
}
