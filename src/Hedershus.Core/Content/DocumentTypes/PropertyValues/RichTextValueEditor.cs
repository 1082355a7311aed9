using System.Text.Json;
using System.Text.Json.Nodes;
using Hedershus.Core.Common;

namespace Hedershus.Core.Content.DocumentTypes.PropertyValues;

/// <summary>
/// Rich text: stored as sanitised HTML. Accepts a string or the Delivery API's <c>{ "markup": … }</c>, so a value
/// read from the Delivery API can be sent back. <c>maxLength</c> counts the visible text, not the markup.
/// </summary>
internal sealed class RichTextValueEditor(RichTextSanitizer sanitizer) : IPropertyValueEditor
{
    public JsonElement Normalize(PropertyType property, JsonElement value, string field, ValidationErrors errors)
    {
        if (Markup(value) is not { } markup)
        {
            errors.Add(field, $"Expected rich text (an HTML string or {{ \"markup\": \"…\" }}), got {JsonValues.Describe(value)}.");
            return value;
        }

        var clean = sanitizer.Sanitize(markup);
        var text = RichTextSanitizer.TextContent(clean).Trim();
        return TextValueEditor.CheckLength(property, text, field, errors) ? JsonValues.From(clean) : value;
    }

    public bool IsEmpty(PropertyType property, JsonElement value) =>
        Markup(value) is { } markup && string.IsNullOrWhiteSpace(RichTextSanitizer.TextContent(markup));

    public JsonNode? ToDelivery(PropertyType property, JsonElement value, IPickerResolver resolver) =>
        Markup(value) is { } markup ? new JsonObject { ["markup"] = markup, ["blocks"] = new JsonArray() } : null;

    private static string? Markup(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Object => JsonValues.StringProperty(value, "markup"),
        _ => null,
    };
}
