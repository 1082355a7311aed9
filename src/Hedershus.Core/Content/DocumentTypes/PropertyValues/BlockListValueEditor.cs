using System.Text.Json;
using System.Text.Json.Nodes;
using Hedershus.Core.Common;

namespace Hedershus.Core.Content.DocumentTypes.PropertyValues;

/// <summary>
/// Block list: an array of <c>{ "contentType": elementAlias, "key": guid, "properties": { … } }</c>. Each block's
/// properties are checked against its element type with the same editors. A block is added as a whole, so its
/// mandatory properties are checked when it is saved, not only at publish.
/// </summary>
internal sealed class BlockListValueEditor(DocumentTypeRegistry registry, PropertyValueEditors editors) : IPropertyValueEditor
{
    private static readonly HashSet<string> BlockMembers = new(StringComparer.Ordinal) { "contentType", "key", "properties" };

    public JsonElement Normalize(PropertyType property, JsonElement value, string field, ValidationErrors errors)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            errors.Add(field, $"Expected a list of blocks (a JSON array), got {JsonValues.Describe(value)}.");
            return value;
        }

        var before = errors.Count;
        if (property.Config.MaxItems is int max && value.GetArrayLength() > max)
        {
            errors.Add(field, $"There are {value.GetArrayLength()} blocks; at most {max} are allowed.");
        }

        var blocks = new JsonArray();
        var keys = new HashSet<Guid>();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            blocks.Add(NormalizeBlock(property, item, $"{field}[{index++}]", keys, errors));
        }

        return errors.Count == before ? JsonValues.From(blocks) : value;
    }

    public bool IsEmpty(PropertyType property, JsonElement value) =>
        value.ValueKind == JsonValueKind.Array && value.GetArrayLength() == 0;

    public JsonNode? ToDelivery(PropertyType property, JsonElement value, IPickerResolver resolver)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var items = new JsonArray();
        foreach (var block in value.EnumerateArray())
        {
            if (JsonValues.StringProperty(block, "contentType") is { } alias && registry.Find(alias) is { } element &&
                JsonValues.TryParseKey(JsonValues.StringProperty(block, "key"), out var key))
            {
                var content = new JsonObject
                {
                    ["contentType"] = alias,
                    ["id"] = JsonValues.FormatKey(key),
                    ["properties"] = DeliveryProperties(element, block, resolver),
                };
                items.Add(new JsonObject { ["content"] = content, ["settings"] = null });
            }
        }

        return new JsonObject { ["items"] = items };
    }

    private JsonObject DeliveryProperties(DocumentType element, JsonElement block, IPickerResolver resolver)
    {
        var stored = block.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object ? p : default;
        var output = new JsonObject();
        foreach (var property in element.Properties)
        {
            var value = stored.ValueKind == JsonValueKind.Object && stored.TryGetProperty(property.Alias, out var v) ? v : default;
            output[property.Alias] = editors.ToDelivery(property, value, resolver.ForBlockProperty(property.Alias));
        }

        return output;
    }

    private JsonObject? NormalizeBlock(PropertyType property, JsonElement block, string field, HashSet<Guid> keys, ValidationErrors errors)
    {
        if (block.ValueKind != JsonValueKind.Object)
        {
            errors.Add(field, $"Expected a block {{ \"contentType\", \"key\", \"properties\" }}, got {JsonValues.Describe(block)}.");
            return null;
        }

        foreach (var member in block.EnumerateObject().Where(m => !BlockMembers.Contains(m.Name)))
        {
            errors.Add(field, $"Unknown member '{member.Name}'; a block has contentType, key and properties.");
        }

        var element = ElementType(property, block, field, errors);
        var key = BlockKey(block, field, keys, errors);
        var properties = element is null ? null : BlockProperties(element, block, field, errors);
        return element is null || key is null || properties is null ? null : new JsonObject
        {
            ["contentType"] = element.Alias,
            ["key"] = JsonValues.FormatKey(key.Value),
            ["properties"] = properties,
        };
    }

    private DocumentType? ElementType(PropertyType property, JsonElement block, string field, ValidationErrors errors)
    {
        var alias = JsonValues.StringProperty(block, "contentType");
        if (string.IsNullOrWhiteSpace(alias))
        {
            errors.Add($"{field}.contentType", "A block needs 'contentType', the alias of its element type.");
            return null;
        }

        if (!property.Config.AllowedTypes.Contains(alias, StringComparer.Ordinal) || registry.Find(alias) is not { IsElement: true } element)
        {
            errors.Add($"{field}.contentType", $"'{alias}' is not allowed here; use one of: {string.Join(", ", property.Config.AllowedTypes)}.");
            return null;
        }

        return element;
    }

    private static Guid? BlockKey(JsonElement block, string field, HashSet<Guid> keys, ValidationErrors errors)
    {
        if (!block.TryGetProperty("key", out var stored) || JsonValues.IsBlank(stored))
        {
            return Guid.NewGuid();
        }

        if (!JsonValues.TryParseKey(JsonValues.StringOrNull(stored), out var key))
        {
            errors.Add($"{field}.key", "A block key must be a GUID string.");
            return null;
        }

        if (!keys.Add(key))
        {
            errors.Add($"{field}.key", $"The key {key} is used by another block in this list.");
            return null;
        }

        return key;
    }

    private JsonObject? BlockProperties(DocumentType element, JsonElement block, string field, ValidationErrors errors)
    {
        var before = errors.Count;
        var stored = block.TryGetProperty("properties", out var p) ? p : default;
        if (!JsonValues.IsNullish(stored) && stored.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"{field}.properties", $"Expected an object of property values, got {JsonValues.Describe(stored)}.");
            return null;
        }

        var output = new JsonObject();
        foreach (var member in JsonValues.Members(stored))
        {
            var path = $"{field}.properties.{member.Name}";
            if (element.FindProperty(member.Name) is not { } type)
            {
                errors.Add(path, $"The element type '{element.Alias}' has no property '{member.Name}'.");
                continue;
            }

            output[member.Name] = JsonValues.ToNode(editors.Normalize(type, member.Value, path, errors));
        }

        foreach (var type in element.Properties.Where(t => t.Mandatory))
        {
            var value = output.TryGetPropertyValue(type.Alias, out var node) ? JsonValues.From(node) : default;
            if (editors.IsEmpty(type, value))
            {
                errors.Add($"{field}.properties.{type.Alias}", "This property is mandatory in a block.");
            }
        }

        return errors.Count == before ? output : null;
    }
}
