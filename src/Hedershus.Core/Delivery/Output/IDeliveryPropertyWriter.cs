using System.Text.Json;
using Hedershus.Core.Content.DocumentTypes;

namespace Hedershus.Core.Delivery.Output;

/// <summary>
/// Turns a stored property value into its Delivery API output. The seam where property editors plug in their
/// converters (rich text, block list, pickers); <see cref="DefaultDeliveryPropertyWriter"/> is the plain one.
/// </summary>
public interface IDeliveryPropertyWriter
{
    /// <summary>Writes exactly one JSON value (null included) for a property that has a stored value.</summary>
    void Write(Utf8JsonWriter writer, PropertyType property, JsonElement value, DeliveryPropertyContext context);
}
