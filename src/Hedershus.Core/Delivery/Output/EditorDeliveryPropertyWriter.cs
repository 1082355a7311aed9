using System.Text.Json;
using Hedershus.Core.Content.DocumentTypes;
using Hedershus.Core.Content.DocumentTypes.PropertyValues;

namespace Hedershus.Core.Delivery.Output;

/// <summary>
/// The property output of the property editors: block lists, links and media pickers go through
/// <see cref="PropertyValueConverter"/> with pickers resolved against the request (expansion, culture, media).
/// Everything else, which is most of what is read, is written straight to the writer when its stored value has the
/// editor's shape (as saving makes sure it does), and through the converter only when it does not (the document type
/// changed since).
/// </summary>
public sealed class EditorDeliveryPropertyWriter(PropertyValueConverter converter, DeliveryMediaWriter media) : IDeliveryPropertyWriter
{
    private readonly DefaultDeliveryPropertyWriter _plain = new();

    public void Write(Utf8JsonWriter writer, PropertyType property, JsonElement value, DeliveryPropertyContext context)
    {
        if (HasPlainShape(property, value))
        {
            _plain.Write(writer, property, value, context);
            return;
        }

        var converted = converter.ToDelivery(property, value, new DeliveryPickerResolver(context, media));
        if (converted is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            converted.WriteTo(writer);
        }
    }

    /// <summary>Whether the plain writer outputs exactly what the converter would, without building nodes.</summary>
    private static bool HasPlainShape(PropertyType property, JsonElement value) => property.Editor switch
    {
        PropertyEditor.Text or PropertyEditor.TextArea or PropertyEditor.DateTime or PropertyEditor.RichText => value.ValueKind == JsonValueKind.String,
        PropertyEditor.Number => value.ValueKind == JsonValueKind.Number,
        PropertyEditor.Boolean => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        PropertyEditor.Dropdown when property.Config.Multiple => IsStringArray(value),
        PropertyEditor.Dropdown => value.ValueKind == JsonValueKind.String,
        PropertyEditor.Tags => IsStringArray(value),
        PropertyEditor.ContentPicker => value.ValueKind is JsonValueKind.String or JsonValueKind.Array,
        _ => false,
    };

    private static bool IsStringArray(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            return false;
        }

        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String)
            {
                return false;
            }
        }

        return true;
    }
}
