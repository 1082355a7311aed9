using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hedershus.Core.Common;

namespace Hedershus.Core.Content.DocumentTypes.PropertyValues;

/// <summary>Number: stored as a JSON number (a numeric string such as "12" is accepted), within config min and max.</summary>
internal sealed class NumberValueEditor : IPropertyValueEditor
{
    public JsonElement Normalize(PropertyType property, JsonElement value, string field, ValidationErrors errors)
    {
        if (JsonValues.IsBlank(value))
        {
            return JsonValues.Null;
        }

        if (!TryRead(value, out var number))
        {
            errors.Add(field, $"Expected a number, got {JsonValues.Describe(value)}.");
            return value;
        }

        if (property.Config.Min is decimal min && number < min)
        {
            errors.Add(field, $"{number.ToString(CultureInfo.InvariantCulture)} is below the least allowed value, {min.ToString(CultureInfo.InvariantCulture)}.");
            return value;
        }

        if (property.Config.Max is decimal max && number > max)
        {
            errors.Add(field, $"{number.ToString(CultureInfo.InvariantCulture)} is above the greatest allowed value, {max.ToString(CultureInfo.InvariantCulture)}.");
            return value;
        }

        return JsonValues.From(number);
    }

    public bool IsEmpty(PropertyType property, JsonElement value) => JsonValues.IsBlank(value);

    public JsonNode? ToDelivery(PropertyType property, JsonElement value, IPickerResolver resolver) =>
        TryRead(value, out var number) ? JsonValue.Create(number) : null;

    private static bool TryRead(JsonElement value, out decimal number)
    {
        number = 0;
        return value.ValueKind switch
        {
            JsonValueKind.Number => value.TryGetDecimal(out number),
            JsonValueKind.String => decimal.TryParse(value.GetString()!.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out number),
            _ => false,
        };
    }
}
