using System.Text.Json;
using System.Text.Json.Nodes;
using Hedershus.Core.Common;

namespace Hedershus.Core.Content.DocumentTypes.PropertyValues;

/// <summary>
/// Dropdown: one of <c>config.items</c> (a string), or with <c>config.multiple</c> a list of them. A choice is matched
/// without regard to case and stored in the spelling of the definition.
/// </summary>
internal sealed class DropdownValueEditor : IPropertyValueEditor
{
    public JsonElement Normalize(PropertyType property, JsonElement value, string field, ValidationErrors errors)
    {
        if (JsonValues.IsBlank(value))
        {
            return property.Config.Multiple ? JsonValues.From(new JsonArray()) : JsonValues.Null;
        }

        List<(JsonElement Choice, string Field)> chosen = value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray().Select((c, i) => (c, $"{field}[{i}]"))]
            : [(value, field)];
        if (!property.Config.Multiple && chosen.Count != 1)
        {
            errors.Add(field, $"Choose one value, not {chosen.Count}.");
            return value;
        }

        var before = errors.Count;
        var items = new List<string>();
        foreach (var (choice, path) in chosen)
        {
            if (Match(property, choice) is { } item)
            {
                if (!items.Contains(item, StringComparer.Ordinal))
                {
                    items.Add(item);
                }
            }
            else
            {
                errors.Add(path, $"{Shown(choice)} is not one of the choices: {string.Join(", ", property.Config.Items)}.");
            }
        }

        if (errors.Count > before)
        {
            return value;
        }

        return property.Config.Multiple ? JsonValues.From(new JsonArray([.. items.Select(i => JsonValue.Create(i))])) : JsonValues.From(items[0]);
    }

    public bool IsEmpty(PropertyType property, JsonElement value) => !Stored(value).Any(v => !string.IsNullOrWhiteSpace(v));

    public JsonNode? ToDelivery(PropertyType property, JsonElement value, IPickerResolver resolver)
    {
        var stored = Stored(value).ToList();
        return property.Config.Multiple
            ? new JsonArray([.. stored.Select(v => JsonValue.Create(v))])
            : stored.Count > 0 ? JsonValue.Create(stored[0]) : null;
    }

    private static string? Match(PropertyType property, JsonElement choice)
    {
        var text = JsonValues.StringOrNull(choice)?.Trim();
        return text is null ? null
            : property.Config.Items.FirstOrDefault(i => string.Equals(i, text, StringComparison.Ordinal))
              ?? property.Config.Items.FirstOrDefault(i => string.Equals(i, text, StringComparison.OrdinalIgnoreCase));
    }

    private static IEnumerable<string> Stored(JsonElement value) => value.ValueKind == JsonValueKind.String
        ? [value.GetString()!]
        : JsonValues.Items(value).Select(JsonValues.StringOrNull).OfType<string>();

    private static string Shown(JsonElement value) => value.ValueKind == JsonValueKind.String ? $"'{value.GetString()}'" : JsonValues.Describe(value);
}
