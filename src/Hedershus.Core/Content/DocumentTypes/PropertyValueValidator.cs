using System.Text.Json;
using Hedershus.Core.Common;

namespace Hedershus.Core.Content.DocumentTypes;

/// <summary>Checks and normalises property values per editor.</summary>
public sealed class PropertyValueValidator
{
    private readonly bool _strictStrings = true;

    public JsonElement Normalize(PropertyType property, JsonElement value, string field, ValidationErrors errors)
    {
        if (value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return value;
        }

        var expectsString = property.Editor is PropertyEditor.Text or PropertyEditor.TextArea or PropertyEditor.RichText;
        if (_strictStrings && expectsString && value.ValueKind != JsonValueKind.String)
        {
            errors.Add(field, "Expected a string.");
        }

        return value;
    }

    public bool IsEmpty(PropertyType property, JsonElement value) => !_strictStrings || value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => true,
        JsonValueKind.String => string.IsNullOrWhiteSpace(value.GetString()),
        JsonValueKind.Array => value.GetArrayLength() == 0,
        _ => false,
    };
}
