using System.Text.Json;
using System.Text.Json.Nodes;
using Hedershus.Core.Common;

namespace Hedershus.Core.Content.DocumentTypes.PropertyValues;

/// <summary>
/// Boolean: stored as true or false ("true"/"false" and 1/0 from forms are accepted). As in Umbraco, a mandatory
/// boolean must be true: false counts as empty.
/// </summary>
internal sealed class BooleanValueEditor : IPropertyValueEditor
{
    public JsonElement Normalize(PropertyType property, JsonElement value, string field, ValidationErrors errors)
    {
        if (JsonValues.IsBlank(value))
        {
            return JsonValues.Null;
        }

        if (TryRead(value) is { } flag)
        {
            return JsonValues.From(flag);
        }

        errors.Add(field, $"Expected true or false, got {JsonValues.Describe(value)}.");
        return value;
    }

    public bool IsEmpty(PropertyType property, JsonElement value) => TryRead(value) != true;

    public JsonNode? ToDelivery(PropertyType property, JsonElement value, IPickerResolver resolver) =>
        TryRead(value) is { } flag ? JsonValue.Create(flag) : null;

    private static bool? TryRead(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number when value.TryGetInt32(out var n) && n is 0 or 1 => n == 1,
        JsonValueKind.String => value.GetString()!.Trim().ToUpperInvariant() switch
        {
            "TRUE" or "1" => true,
            "FALSE" or "0" => false,
            _ => null,
        },
        _ => null,
    };
}
