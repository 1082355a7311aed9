using System.Text.Json;
using System.Text.Json.Nodes;
using Hedershus.Core.Common;

namespace Hedershus.Core.Content.DocumentTypes.PropertyValues;

/// <summary>Every editor by <see cref="PropertyEditor"/>; block lists use it again for the properties of their blocks.</summary>
internal sealed class PropertyValueEditors
{
    private readonly Dictionary<PropertyEditor, IPropertyValueEditor> _editors;

    public PropertyValueEditors(DocumentTypeRegistry registry)
    {
        _editors = new Dictionary<PropertyEditor, IPropertyValueEditor>
        {
            [PropertyEditor.Text] = new TextValueEditor(multiline: false),
            [PropertyEditor.TextArea] = new TextValueEditor(multiline: true),
            [PropertyEditor.RichText] = new RichTextValueEditor(new RichTextSanitizer()),
            [PropertyEditor.BlockList] = new BlockListValueEditor(registry, this),
            [PropertyEditor.ContentPicker] = new ContentPickerValueEditor(),
            [PropertyEditor.MediaPicker] = new MediaPickerValueEditor(),
            [PropertyEditor.Links] = new LinksValueEditor(),
            [PropertyEditor.Tags] = new TagsValueEditor(),
            [PropertyEditor.DateTime] = new DateTimeValueEditor(),
            [PropertyEditor.Number] = new NumberValueEditor(),
            [PropertyEditor.Boolean] = new BooleanValueEditor(),
            [PropertyEditor.Dropdown] = new DropdownValueEditor(),
        };
    }

    public JsonElement Normalize(PropertyType property, JsonElement value, string field, ValidationErrors errors) =>
        JsonValues.IsNullish(value) ? value : _editors[property.Editor].Normalize(property, value, field, errors);

    public bool IsEmpty(PropertyType property, JsonElement value) =>
        JsonValues.IsNullish(value) || _editors[property.Editor].IsEmpty(property, value);

    public JsonNode? ToDelivery(PropertyType property, JsonElement value, IPickerResolver resolver) =>
        JsonValues.IsNullish(value) ? null : _editors[property.Editor].ToDelivery(property, value, resolver);
}
