using System.Text.Json;
using System.Text.Json.Nodes;
using Hedershus.Core.Common;

namespace Hedershus.Core.Content.DocumentTypes.PropertyValues;

/// <summary>Media picker: a list of media keys (a single key is taken as a list of one), at most <c>maxItems</c>.</summary>
internal sealed class MediaPickerValueEditor : IPropertyValueEditor
{
    public JsonElement Normalize(PropertyType property, JsonElement value, string field, ValidationErrors errors)
    {
        if (JsonValues.IsBlank(value))
        {
            return JsonValues.From(new JsonArray());
        }

        IEnumerable<JsonElement> items = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : [value];
        var keys = new List<Guid>();
        var before = errors.Count;
        var index = 0;
        foreach (var item in items)
        {
            if (!JsonValues.TryReadKey(item, out var key))
            {
                errors.Add(value.ValueKind == JsonValueKind.Array ? $"{field}[{index}]" : field,
                    $"Expected the key of a media item (a GUID string), got {JsonValues.Describe(item)}.");
            }
            else if (!keys.Contains(key))
            {
                keys.Add(key);
            }

            index++;
        }

        if (property.Config.MaxItems is int max && keys.Count > max)
        {
            errors.Add(field, $"{keys.Count} media items are picked; at most {max} are allowed.");
        }

        return errors.Count == before ? JsonValues.From(new JsonArray([.. keys.Select(k => JsonValue.Create(JsonValues.FormatKey(k)))])) : value;
    }

    public bool IsEmpty(PropertyType property, JsonElement value) =>
        JsonValues.IsBlank(value) || (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() == 0);

    public JsonNode? ToDelivery(PropertyType property, JsonElement value, IPickerResolver resolver)
    {
        IEnumerable<JsonElement> items = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : [value];
        var media = new JsonArray();
        foreach (var item in items)
        {
            if (JsonValues.TryReadKey(item, out var key) && resolver.Media(key) is { } found)
            {
                media.Add(JsonValues.Detached(found));
            }
        }

        return media;
    }
}
