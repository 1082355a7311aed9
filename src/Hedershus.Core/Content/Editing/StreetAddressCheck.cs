using System.Text.Json;
using System.Text.RegularExpressions;
using Hedershus.Core.Common;

namespace Hedershus.Core.Content.Editing;

/// <summary>
/// Finds text that looks like a street address — a Swedish street name and number ("Storgatan 12", "Kungsvägen 3")
/// or an English one ("12 Baker Street") — in any string of a stored value, rich text and blocks included.
/// </summary>
public static partial class StreetAddressCheck
{
    public const string Message =
        "This looks like a street address. Help services never show an address (a shelter's or protected housing's must never be published); give a phone number or a website instead.";

    /// <summary>Adds an error under <paramref name="field"/> when the value holds something shaped like a street address.</summary>
    public static void Check(JsonElement value, string field, ValidationErrors errors)
    {
        try
        {
            if (Strings(value).Any(s => StreetAddress().IsMatch(s)))
            {
                errors.Add(field, Message);
            }
        }
        catch (RegexMatchTimeoutException)
        {
            errors.Add(field, "The text could not be checked for street addresses in time; shorten it.");
        }
    }

    private static IEnumerable<string> Strings(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => [value.GetString()!],
        JsonValueKind.Array => value.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => value.EnumerateObject().SelectMany(p => Strings(p.Value)),
        _ => [],
    };

    [GeneratedRegex(@"\b\p{L}*(gatan|gata|vägen|väg|gränd|gränden|torget|allén|backe|backen|stigen)\s+\d+|\b\d+\s+\p{Lu}\p{L}*\s+(Street|Road|Avenue|Lane|Square)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 200)]
    private static partial Regex StreetAddress();
}
