using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace Hedershus.Core.Content.DocumentTypes;

/// <summary>Reads and checks every <c>*.json</c> document-type file in a folder.</summary>
public static partial class DocumentTypeLoader
{
    private static readonly JsonSerializerOptions SerializerOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    private static readonly HashSet<string> EditorNames = Enum.GetNames<PropertyEditor>()
        .Select(JsonNamingPolicy.CamelCase.ConvertName).ToHashSet(StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<DocumentType> LoadFolder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DocumentTypeDefinitionException($"The document-type folder '{folder}' does not exist.");
        }

        var types = Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal).Select(LoadFile).ToList();
        CheckReferences(types);
        return types;
    }

    public static DocumentType LoadFile(string file)
    {
        var name = Path.GetFileName(file);
        DocumentType type;
        try
        {
            var json = File.ReadAllText(file);
            CheckEditorNames(name, json);
            type = JsonSerializer.Deserialize<DocumentType>(json, SerializerOptions)
                ?? throw new DocumentTypeDefinitionException($"{name}: the file is empty.");
        }
        catch (JsonException e)
        {
            throw new DocumentTypeDefinitionException($"{name}: invalid JSON at {e.Path} (line {e.LineNumber + 1}): {e.Message}");
        }

        CheckType(name, type);
        return type with { SourceFile = name };
    }

    private static void CheckEditorNames(string file, string json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        if (!document.RootElement.TryGetProperty("properties", out var properties) || properties.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        foreach (var property in properties.EnumerateArray())
        {
            var alias = property.TryGetProperty("alias", out var a) ? a.GetString() : "(no alias)";
            if (!property.TryGetProperty("editor", out var editor) || editor.ValueKind != JsonValueKind.String)
            {
                throw new DocumentTypeDefinitionException($"{file}: property '{alias}': 'editor' is missing. Use one of: {string.Join(", ", EditorNames)}.");
            }

            if (!EditorNames.Contains(editor.GetString()!))
            {
                throw new DocumentTypeDefinitionException($"{file}: property '{alias}': unknown editor '{editor.GetString()}'. Use one of: {string.Join(", ", EditorNames)}.");
            }
        }
    }

    private static void CheckType(string file, DocumentType type)
    {
        if (!AliasPattern().IsMatch(type.Alias))
        {
            throw new DocumentTypeDefinitionException($"{file}: 'alias' must be camelCase letters and digits, got '{type.Alias}'.");
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in type.Properties)
        {
            var where = $"{file}: property '{property.Alias}'";
            if (!AliasPattern().IsMatch(property.Alias))
            {
                throw new DocumentTypeDefinitionException($"{where}: 'alias' must be camelCase letters and digits.");
            }

            if (!seen.Add(property.Alias))
            {
                throw new DocumentTypeDefinitionException($"{where}: the alias is used twice.");
            }

            if (property.Validation is not null && !IsValidRegex(property.Validation))
            {
                throw new DocumentTypeDefinitionException($"{where}: 'validation' is not a valid regular expression.");
            }

            if (property.Editor == PropertyEditor.Dropdown && property.Config.Items.Count == 0)
            {
                throw new DocumentTypeDefinitionException($"{where}: a dropdown needs 'config.items'.");
            }

            if ((property.Filterable || property.Sortable) && !IsScalar(property.Editor))
            {
                throw new DocumentTypeDefinitionException($"{where}: only text, number, date-time, boolean, dropdown and tags properties can be filterable or sortable.");
            }

            if (!type.VariesByCulture && property.VariesByCulture)
            {
                throw new DocumentTypeDefinitionException($"{where}: the type does not vary by culture, so its properties cannot either (set \"variesByCulture\": false).");
            }
        }
    }

    private static void CheckReferences(List<DocumentType> types)
    {
        var byAlias = new Dictionary<string, DocumentType>(StringComparer.Ordinal);
        foreach (var type in types)
        {
            if (!byAlias.TryAdd(type.Alias, type))
            {
                throw new DocumentTypeDefinitionException($"{type.SourceFile}: alias '{type.Alias}' is also defined in {byAlias[type.Alias].SourceFile}.");
            }
        }

        foreach (var type in types)
        {
            foreach (var child in type.AllowedChildTypes.Where(c => !byAlias.ContainsKey(c)))
            {
                throw new DocumentTypeDefinitionException($"{type.SourceFile}: 'allowedChildTypes' names '{child}', which no file defines.");
            }

            foreach (var property in type.Properties.Where(p => p.Editor is PropertyEditor.BlockList or PropertyEditor.ContentPicker))
            {
                foreach (var allowed in property.Config.AllowedTypes)
                {
                    if (!byAlias.TryGetValue(allowed, out var target))
                    {
                        throw new DocumentTypeDefinitionException($"{type.SourceFile}: property '{property.Alias}': 'config.allowedTypes' names '{allowed}', which no file defines.");
                    }

                    if (property.Editor == PropertyEditor.BlockList && !target.IsElement)
                    {
                        throw new DocumentTypeDefinitionException($"{type.SourceFile}: property '{property.Alias}': block type '{allowed}' must be an element type (\"isElement\": true).");
                    }
                }
            }
        }
    }

    private static bool IsScalar(PropertyEditor editor) => editor is PropertyEditor.Text or PropertyEditor.Number
        or PropertyEditor.DateTime or PropertyEditor.Boolean or PropertyEditor.Dropdown or PropertyEditor.Tags;

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

    [GeneratedRegex("^[a-z][a-zA-Z0-9]*$")]
    private static partial Regex AliasPattern();
}
