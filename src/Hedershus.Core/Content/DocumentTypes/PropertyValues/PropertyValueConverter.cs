using System.Text.Json;
using System.Text.Json.Nodes;

namespace Hedershus.Core.Content.DocumentTypes.PropertyValues;

/// <summary>
/// Turns stored property values into what Umbraco's Content Delivery API v2 outputs: rich text as
/// <c>{ "markup", "blocks" }</c>, block lists as <c>{ "items": [{ "content", "settings" }] }</c>, links with
/// <c>linkType</c> and routes, pickers through an <see cref="IPickerResolver"/>. Stateless and thread-safe.
/// </summary>
public sealed class PropertyValueConverter(DocumentTypeRegistry registry)
{
    private readonly PropertyValueEditors _editors = new(registry);

    /// <summary>The Delivery API value of one property, or null when it is empty or no longer has the editor's shape.</summary>
    public JsonNode? ToDelivery(PropertyType property, JsonElement value, IPickerResolver resolver) =>
        _editors.ToDelivery(property, value, resolver);
}
