using System.Text.Json;
using Hedershus.Core.Content.DocumentTypes;

namespace Hedershus.Core.Delivery.Output;

/// <summary>
/// The plain property output: values pass through as stored, except rich text (a string becomes
/// <c>{ "markup": …, "blocks": [] }</c>) and content pickers (a key becomes a shallow item, or the full item
/// when expanded; unknown or unpublished keys become null or drop out of a list).
/// </summary>
public sealed class DefaultDeliveryPropertyWriter : IDeliveryPropertyWriter
{
    private static readonly JsonEncodedText Markup = JsonEncodedText.Encode("markup");
    private static readonly JsonEncodedText Blocks = JsonEncodedText.Encode("blocks");
    private const string DocumentUdiPrefix = "umb://document/";

    public void Write(Utf8JsonWriter writer, PropertyType property, JsonElement value, DeliveryPropertyContext context)
    {
        switch (property.Editor)
        {
            case PropertyEditor.RichText when value.ValueKind == JsonValueKind.String:
                writer.WriteStartObject();
                writer.WriteString(Markup, value.GetString());
                writer.WriteStartArray(Blocks);
                writer.WriteEndArray();
                writer.WriteEndObject();
                break;
            case PropertyEditor.ContentPicker when value.ValueKind == JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var element in value.EnumerateArray())
                {
                    _ = TryParseKey(element, out var key) && context.TryWriteContent(writer, key);
                }

                writer.WriteEndArray();
                break;
            case PropertyEditor.ContentPicker:
                if (!TryParseKey(value, out var picked) || !context.TryWriteContent(writer, picked))
                {
                    writer.WriteNullValue();
                }

                break;
            default:
                value.WriteTo(writer);
                break;
        }
    }

    /// <summary>A key as a GUID string, or as Umbraco's document UDI (<c>umb://document/…</c>).</summary>
    private static bool TryParseKey(JsonElement value, out Guid key)
    {
        key = default;
        if (value.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        var text = value.GetString()!;
        return Guid.TryParse(text.StartsWith(DocumentUdiPrefix, StringComparison.OrdinalIgnoreCase) ? text[DocumentUdiPrefix.Length..] : text, out key);
    }
}
