using System.Text.Json;
using Hedershus.Core.Common;

namespace Hedershus.Core.Content.DocumentTypes.PropertyValues;

/// <summary>
/// Checks property values against their editor before they are stored, and tells empty values from filled ones for
/// mandatory checks at publish. Stateless and thread-safe: register once.
/// </summary>
public sealed class PropertyValueValidator(DocumentTypeRegistry registry)
{
    private readonly PropertyValueEditors _editors = new(registry);

    /// <summary>
    /// The value as it should be stored: rich text sanitised, tags trimmed and unique, dates as ISO-8601 UTC, numbers as
    /// numbers, block keys assigned. Null or undefined means "empty" and is returned as it is. On a problem a message is
    /// added under <paramref name="field"/> (block properties under <c>field[i].properties.alias</c>) and the value is
    /// returned unchanged.
    /// </summary>
    public JsonElement Normalize(PropertyType property, JsonElement value, string field, ValidationErrors errors) =>
        _editors.Normalize(property, value, field, errors);

    /// <summary>
    /// Whether a value counts as not filled in, for mandatory properties at publish: null, blank text, rich text with no
    /// visible text, an empty list, or false for a boolean.
    /// </summary>
    public bool IsEmpty(PropertyType property, JsonElement value) => _editors.IsEmpty(property, value);
}
