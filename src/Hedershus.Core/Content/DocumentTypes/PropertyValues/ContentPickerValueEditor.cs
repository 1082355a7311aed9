using System.Text.Json;
using System.Text.Json.Nodes;
using Hedershus.Core.Common;

namespace Hedershus.Core.Content.DocumentTypes.PropertyValues;

/// <summary>
/// Content picker: one document, stored as its key. Whether the target exists and has an allowed type is the content
/// engine's check, which knows the tree; this editor knows only the shape.
/// </summary>
internal sealed class ContentPickerValueEditor : IPropertyValueEditor
{
    public JsonElement Normalize(PropertyType property, JsonElement value, string field, ValidationErrors errors)
    {
        if (JsonValues.IsBlank(value))
        {
            return JsonValues.Null;
        }

        if (!JsonValues.TryReadKey(value, out var key))
        {
            errors.Add(field, $"Expected the key of one document (a GUID string), got {JsonValues.Describe(value)}.");
            return value;
        }

        return JsonValues.From(JsonValues.FormatKey(key));
    }

    public bool IsEmpty(PropertyType property, JsonElement value) => JsonValues.IsBlank(value);

    public JsonNode? ToDelivery(PropertyType property, JsonElement value, IPickerResolver resolver) =>
        JsonValues.TryReadKey(value, out var key) && resolver.Content(key) is { } item ? JsonValues.Detached(item) : null;
}
