using System.Text.RegularExpressions;

namespace Hedershus.Core.Content.DocumentTypes;

/// <summary>The rules a document-type definition must keep; each broken rule names the file and the property.</summary>
internal static partial class DocumentTypeChecks
{
    private static readonly ConfigSetting[] ConfigSettings =
    [
        new("maxLength", c => c.MaxLength is not null, [PropertyEditor.Text, PropertyEditor.TextArea, PropertyEditor.RichText]),
        new("items", c => c.Items.Count > 0, [PropertyEditor.Dropdown]),
        new("multiple", c => c.Multiple, [PropertyEditor.Dropdown]),
        new("allowedTypes", c => c.AllowedTypes.Count > 0, [PropertyEditor.BlockList, PropertyEditor.ContentPicker]),
        new("min", c => c.Min is not null, [PropertyEditor.Number]),
        new("max", c => c.Max is not null, [PropertyEditor.Number]),
        new("maxItems", c => c.MaxItems is not null, [PropertyEditor.BlockList, PropertyEditor.MediaPicker, PropertyEditor.Links, PropertyEditor.Tags]),
    ];

    public static void CheckType(string file, DocumentType type)
    {
        if (!AliasPattern().IsMatch(type.Alias))
        {
            Fail($"{file}: 'alias' must be camelCase letters and digits, got '{type.Alias}'.");
        }

        if (!type.Names.Values.Any(n => !string.IsNullOrWhiteSpace(n)))
        {
            Fail($"{file}: 'names' is missing; give the type a name per culture, e.g. {{ \"sv\": \"Vägledning\", \"en\": \"Guidance page\" }}.");
        }

        if (type.IsElement && type.AllowedAtRoot)
        {
            Fail($"{file}: an element type describes blocks and is never a page, so it cannot be 'allowedAtRoot'.");
        }

        if (type.IsElement && type.AllowedChildTypes.Count > 0)
        {
            Fail($"{file}: an element type describes blocks and has no children, so 'allowedChildTypes' must be empty.");
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in type.Properties)
        {
            var where = $"{file}: property '{property.Alias}'";
            if (!seen.Add(property.Alias))
            {
                Fail($"{where}: the alias is used twice.");
            }

            CheckProperty(where, type, property);
        }
    }

    private static void CheckProperty(string where, DocumentType type, PropertyType property)
    {
        if (!AliasPattern().IsMatch(property.Alias))
        {
            Fail($"{where}: 'alias' must be camelCase letters and digits.");
        }

        if (!property.Names.Values.Any(n => !string.IsNullOrWhiteSpace(n)))
        {
            Fail($"{where}: 'names' is missing; give the property a name per culture, e.g. {{ \"sv\": \"Rubrik\", \"en\": \"Heading\" }}.");
        }

        if (!type.VariesByCulture && property.VariesByCulture)
        {
            Fail($"{where}: the type does not vary by culture, so its properties cannot either (set \"variesByCulture\": false).");
        }

        CheckValidation(where, property);
        CheckConfig(where, property);
        CheckFiltering(where, property);
    }

    private static void CheckValidation(string where, PropertyType property)
    {
        if (property.Validation is null)
        {
            return;
        }

        if (property.Editor is not (PropertyEditor.Text or PropertyEditor.TextArea))
        {
            Fail($"{where}: 'validation' applies to text and textArea only, not to {EditorName(property.Editor)}.");
        }

        if (!IsValidRegex(property.Validation))
        {
            Fail($"{where}: 'validation' is not a valid regular expression.");
        }
    }

    private static void CheckConfig(string where, PropertyType property)
    {
        var config = property.Config;
        foreach (var setting in ConfigSettings.Where(s => s.IsSet(config) && !s.Editors.Contains(property.Editor)))
        {
            Fail($"{where}: 'config.{setting.Name}' does not apply to {EditorName(property.Editor)}.");
        }

        if (config.MaxLength is <= 0)
        {
            Fail($"{where}: 'config.maxLength' must be a positive number, got {config.MaxLength}.");
        }

        if (config.MaxItems is <= 0)
        {
            Fail($"{where}: 'config.maxItems' must be a positive number, got {config.MaxItems}.");
        }

        if (config.Min is decimal min && config.Max is decimal max && min > max)
        {
            Fail($"{where}: 'config.min' ({min}) is greater than 'config.max' ({max}).");
        }

        if (property.Editor == PropertyEditor.BlockList && config.AllowedTypes.Count == 0)
        {
            Fail($"{where}: a block list needs 'config.allowedTypes', the element types its blocks may have.");
        }

        if (property.Editor == PropertyEditor.Dropdown)
        {
            CheckDropdownItems(where, config.Items);
        }
    }

    private static void CheckDropdownItems(string where, List<string> items)
    {
        if (items.Count == 0)
        {
            Fail($"{where}: a dropdown needs 'config.items'.");
        }

        if (items.Any(string.IsNullOrWhiteSpace))
        {
            Fail($"{where}: 'config.items' contains an empty choice.");
        }

        var repeated = items.GroupBy(i => i.Trim(), StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            Fail($"{where}: 'config.items' lists '{repeated.Key}' more than once (choices are matched without regard to case).");
        }
    }

    private static void CheckFiltering(string where, PropertyType property)
    {
        if ((property.Filterable || property.Sortable) && !IsScalar(property.Editor))
        {
            Fail($"{where}: only text, number, dateTime, boolean, dropdown and tags properties can be filterable or sortable.");
        }

        if (property.Sortable && (property.Editor == PropertyEditor.Tags || property.Config.Multiple))
        {
            Fail($"{where}: a property with several values (tags, a multiple dropdown) cannot be sortable.");
        }
    }

    private static bool IsScalar(PropertyEditor editor) => editor is PropertyEditor.Text or PropertyEditor.Number
        or PropertyEditor.DateTime or PropertyEditor.Boolean or PropertyEditor.Dropdown or PropertyEditor.Tags;

    internal static string EditorName(PropertyEditor editor) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(editor.ToString());

    private static bool IsValidRegex(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromMilliseconds(100));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    internal static void Fail(string message) => throw new DocumentTypeDefinitionException(message);

    [GeneratedRegex("^[a-z][a-zA-Z0-9]*$")]
    private static partial Regex AliasPattern();

    private sealed record ConfigSetting(string Name, Func<PropertyEditorConfig, bool> IsSet, PropertyEditor[] Editors);
}
