using System.Globalization;
using System.Text.Json;

namespace Hedershus.Web.Backoffice.ContentSection;

/// <summary>Reads stored property values (the shapes in Core/Content/DocumentTypes/README.md) for form fields and read-only views.</summary>
public static class PropertyFieldValues
{
    public static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? "",
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => "",
    };

    public static IReadOnlyList<string> Strings(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Array => value.EnumerateArray().Select(Text).Where(s => s.Length > 0).ToList(),
        JsonValueKind.String when value.GetString() is { Length: > 0 } s => [s],
        _ => [],
    };

    public static bool Bool(JsonElement value) => value.ValueKind == JsonValueKind.True;

    public static IReadOnlyList<JsonElement> Items(JsonElement value) =>
        value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [];

    public static JsonElement Member(JsonElement value, string name) =>
        value.ValueKind == JsonValueKind.Object && value.TryGetProperty(name, out var member) ? member : default;

    /// <summary>A stored UTC time as the value of a datetime-local input (minutes), or "".</summary>
    public static string DateTimeLocal(JsonElement value) =>
        DateTimeOffset.TryParse(Text(value), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture)
            : "";

    public static string DateTimeLocal(DateTime? time) =>
        time is { } t ? t.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture) : "";

    /// <summary>A property value from a dictionary, or an undefined element.</summary>
    public static JsonElement Get(IReadOnlyDictionary<string, JsonElement>? values, string alias) =>
        values is not null && values.TryGetValue(alias, out var value) ? value : default;

    /// <summary>An id for an input made from its form name (names hold dots and brackets).</summary>
    public static string FieldId(string name) =>
        "f-" + new string(name.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
}
