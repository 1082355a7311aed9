using System.Text.Json;
using System.Text.Json.Nodes;
using Hedershus.Core.Common;

namespace Hedershus.Core.Content.DocumentTypes.PropertyValues;

/// <summary>Tags: an array of strings (or one comma-separated string), trimmed, without blanks or repeats.</summary>
internal sealed class TagsValueEditor : IPropertyValueEditor
{
    public const int MaxTagLength = 100;

    public JsonElement Normalize(PropertyType property, JsonElement value, string field, ValidationErrors errors)
    {
        var before = errors.Count;
        var tags = new List<string>();
        foreach (var (tag, path) in Candidates(value, field, errors))
        {
            var trimmed = string.Join(' ', tag.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (trimmed.Length > MaxTagLength)
            {
                errors.Add(path, $"A tag may be at most {MaxTagLength} characters long.");
            }
            else if (trimmed.Length > 0 && !tags.Contains(trimmed, StringComparer.OrdinalIgnoreCase))
            {
                tags.Add(trimmed);
            }
        }

        if (property.Config.MaxItems is int max && tags.Count > max)
        {
            errors.Add(field, $"There are {tags.Count} tags; at most {max} are allowed.");
        }

        return errors.Count == before ? JsonValues.From(new JsonArray([.. tags.Select(t => JsonValue.Create(t))])) : value;
    }

    public bool IsEmpty(PropertyType property, JsonElement value) => !Stored(value).Any(t => !string.IsNullOrWhiteSpace(t));

    public JsonNode? ToDelivery(PropertyType property, JsonElement value, IPickerResolver resolver) =>
        new JsonArray([.. Stored(value).Select(t => JsonValue.Create(t))]);

    private static IEnumerable<string> Stored(JsonElement value) => value.ValueKind == JsonValueKind.String
        ? [value.GetString()!]
        : JsonValues.Items(value).Select(JsonValues.StringOrNull).OfType<string>();

    private static List<(string Tag, string Field)> Candidates(JsonElement value, string field, ValidationErrors errors)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            return [.. value.GetString()!.Split(',').Select(t => (t, field))];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            errors.Add(field, $"Expected tags (an array of strings), got {JsonValues.Describe(value)}.");
            return [];
        }

        var candidates = new List<(string, string)>();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            var path = $"{field}[{index++}]";
            if (item.ValueKind == JsonValueKind.String)
            {
                candidates.Add((item.GetString()!, path));
            }
            else
            {
                errors.Add(path, $"A tag must be a string, got {JsonValues.Describe(item)}.");
            }
        }

        return candidates;
    }
}
