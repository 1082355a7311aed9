using System.Text.Json;
using System.Text.Json.Serialization;

namespace Hedershus.Core.Content;

/// <summary>The editable data of a node: invariant properties plus name, URL segment and properties per culture.</summary>
public sealed record ContentData
{
    public Dictionary<string, JsonElement> Properties { get; init; } = new(StringComparer.Ordinal);
    public Dictionary<string, CultureData> Cultures { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    private static readonly JsonSerializerOptions SerializerOptions = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static ContentData Parse(string json) =>
        JsonSerializer.Deserialize<ContentData>(json, SerializerOptions) ?? new ContentData();

    public string Serialize() => JsonSerializer.Serialize(this, SerializerOptions);

    /// <summary>This data cut down to one culture and the invariant properties, as it is published.</summary>
    public ContentData ForCulture(string culture) => this with
    {
        Cultures = Cultures.TryGetValue(culture, out var data)
            ? new Dictionary<string, CultureData>(StringComparer.OrdinalIgnoreCase) { [culture] = data }
            : new Dictionary<string, CultureData>(StringComparer.OrdinalIgnoreCase),
    };
}

/// <summary>Name, URL segment and culture-variant properties of one culture.</summary>
public sealed record CultureData
{
    public string Name { get; init; } = "";
    public string Segment { get; init; } = "";
    public Dictionary<string, JsonElement> Properties { get; init; } = new(StringComparer.Ordinal);
}
