using System.Text.Json;
using System.Text.Json.Nodes;
using Hedershus.Core.Common;

namespace Hedershus.Core.Content.DocumentTypes.PropertyValues;

/// <summary>
/// The rules of one property editor: the shape it stores, when it counts as empty and how the Delivery API shows it.
/// Callers handle null and undefined values before asking an editor.
/// </summary>
internal interface IPropertyValueEditor
{
    JsonElement Normalize(PropertyType property, JsonElement value, string field, ValidationErrors errors);

    bool IsEmpty(PropertyType property, JsonElement value);

    /// <summary>Stored values were checked when saved, but the type may have changed since: a value of the wrong shape gives null.</summary>
    JsonNode? ToDelivery(PropertyType property, JsonElement value, IPickerResolver resolver);
}
