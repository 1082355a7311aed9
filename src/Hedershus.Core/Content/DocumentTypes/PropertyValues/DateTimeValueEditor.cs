using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Hedershus.Core.Common;

namespace Hedershus.Core.Content.DocumentTypes.PropertyValues;

/// <summary>
/// Date-time: an ISO-8601 date or date-time, stored in UTC to the second (<c>2026-03-02T09:00:00Z</c>), so stored
/// values sort as strings. A value without an offset is taken as UTC.
/// </summary>
internal sealed partial class DateTimeValueEditor : IPropertyValueEditor
{
    public const string StoredFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    public JsonElement Normalize(PropertyType property, JsonElement value, string field, ValidationErrors errors)
    {
        if (JsonValues.IsBlank(value))
        {
            return JsonValues.Null;
        }

        if (TryParse(JsonValues.StringOrNull(value), out var moment))
        {
            return JsonValues.From(moment.ToString(StoredFormat, CultureInfo.InvariantCulture));
        }

        errors.Add(field, $"Expected an ISO-8601 date or date-time such as \"2026-03-02\" or \"2026-03-02T09:00:00Z\", got {Shown(value)}.");
        return value;
    }

    public bool IsEmpty(PropertyType property, JsonElement value) => JsonValues.IsBlank(value);

    public JsonNode? ToDelivery(PropertyType property, JsonElement value, IPickerResolver resolver) =>
        JsonValues.StringOrNull(value) is { } text ? JsonValue.Create(text) : null;

    public static bool TryParse(string? text, out DateTimeOffset moment)
    {
        moment = default;
        if (text is null || !IsoPattern().IsMatch(text.Trim()))
        {
            return false;
        }

        if (!DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            return false;
        }

        moment = new DateTimeOffset(parsed.UtcTicks - (parsed.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        return true;
    }

    private static string Shown(JsonElement value) => value.ValueKind == JsonValueKind.String ? $"\"{value.GetString()}\"" : JsonValues.Describe(value);

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:?\d{2})?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex IsoPattern();
}
