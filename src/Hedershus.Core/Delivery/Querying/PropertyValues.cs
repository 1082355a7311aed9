using System.Globalization;
using System.Text.Json;

namespace Hedershus.Core.Delivery.Querying;

/// <summary>Reads stored property values (JSON) as numbers, dates, flags and text for filtering and sorting.</summary>
public static class PropertyValues
{
    private const DateTimeStyles UtcStyles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;

    public static bool TryParseDate(string text, out DateTime date) =>
        DateTime.TryParse(text, CultureInfo.InvariantCulture, UtcStyles, out date);

    public static bool TryGetNumber(JsonElement value, out decimal number)
    {
        number = 0;
        return value.ValueKind switch
        {
            JsonValueKind.Number => value.TryGetDecimal(out number),
            JsonValueKind.String => decimal.TryParse(value.GetString(), NumberStyles.Number, CultureInfo.InvariantCulture, out number),
            _ => false,
        };
    }

    public static bool TryGetDate(JsonElement value, out DateTime date)
    {
        date = default;
        return value.ValueKind == JsonValueKind.String && TryParseDate(value.GetString()!, out date);
    }

    public static bool? GetBoolean(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => value.TryGetInt32(out var n) ? n != 0 : null,
        JsonValueKind.String => value.GetString() switch
        {
            "1" => true,
            "0" => false,
            var s => bool.TryParse(s, out var b) ? b : null,
        },
        _ => null,
    };

    public static string? GetText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        _ => null,
    };

    /// <summary>The value itself, or the first element of an array value (what a sort compares).</summary>
    public static JsonElement? First(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Array => value.GetArrayLength() > 0 ? value[0] : null,
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => value,
    };
}
