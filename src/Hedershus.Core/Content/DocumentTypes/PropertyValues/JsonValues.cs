using System.Text.Json;
using System.Text.Json.Nodes;

namespace Hedershus.Core.Content.DocumentTypes.PropertyValues;

/// <summary>Small conversions between stored <see cref="JsonElement"/> values and what the editors work with.</summary>
internal static class JsonValues
{
    private const string DocumentUdiPrefix = "umb://document/";
    private const string MediaUdiPrefix = "umb://media/";

    public static JsonElement Null { get; } = JsonDocument.Parse("null").RootElement.Clone();

    public static JsonElement From(string value) => JsonSerializer.SerializeToElement(value);

    public static JsonElement From(bool value) => JsonSerializer.SerializeToElement(value);

    public static JsonElement From(decimal value) => JsonSerializer.SerializeToElement(value);

    public static JsonElement From(JsonNode? node) => node is null ? Null : JsonSerializer.SerializeToElement(node);

    public static bool IsNullish(JsonElement value) => value.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null;

    /// <summary>Forms send "" for a field left blank; for anything but text that means "no value".</summary>
    public static bool IsBlank(JsonElement value) =>
        IsNullish(value) || (value.ValueKind == JsonValueKind.String && string.IsNullOrWhiteSpace(value.GetString()));

    public static string? StringOrNull(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static string? StringProperty(JsonElement item, string name) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty(name, out var value) ? StringOrNull(value) : null;

    /// <summary>How a value looks, for messages: "a number", "an object".</summary>
    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => "nothing",
    };

    /// <summary>A GUID in any of .NET's formats, or an Umbraco UDI such as <c>umb://document/3c1f…</c>.</summary>
    public static bool TryParseKey(string? text, out Guid key)
    {
        key = Guid.Empty;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim();
        foreach (var prefix in new[] { DocumentUdiPrefix, MediaUdiPrefix })
        {
            if (trimmed.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                trimmed = trimmed[prefix.Length..];
            }
        }

        return Guid.TryParse(trimmed, out key) && key != Guid.Empty;
    }

    /// <summary>A picked key: a GUID string, or an object carrying it as Umbraco and the Delivery API write it.</summary>
    public static bool TryReadKey(JsonElement value, out Guid key)
    {
        var text = value.ValueKind == JsonValueKind.Object
            ? StringProperty(value, "id") ?? StringProperty(value, "key") ?? StringProperty(value, "mediaKey")
            : StringOrNull(value);
        return TryParseKey(text, out key);
    }

    public static string FormatKey(Guid key) => key.ToString("D");

    /// <summary>A node ready to be placed in output: a resolver may hand out one it keeps, and a node has one parent.</summary>
    public static JsonNode Detached(JsonNode node) => node.Parent is null ? node : node.DeepClone();

    public static JsonNode? ToNode(JsonElement value) => IsNullish(value) ? null : JsonNode.Parse(value.GetRawText());

    public static IEnumerable<JsonProperty> Members(JsonElement value) =>
        value.ValueKind == JsonValueKind.Object ? value.EnumerateObject() : [];

    public static IEnumerable<JsonElement> Items(JsonElement value) =>
        value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : [];
}
