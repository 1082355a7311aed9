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

    private static readonly HashSet<string> EditorNames = Enum.GetValues<PropertyEditor>()
        .Select(DocumentTypeChecks.EditorName).ToHashSet(StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<DocumentType> LoadFolder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DocumentTypeDefinitionException($"The document-type folder '{folder}' does not exist.");
        }

        var types = Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal).Select(LoadFile).ToList();
        DocumentTypeReferenceChecks.CheckReferences(types);
        return types;
    }

    public static DocumentType LoadFile(string file)
    {
        var name = Path.GetFileName(file);
        var json = File.ReadAllText(file);
        DocumentType type;
        try
        {
            CheckEditorNames(name, json);
            type = JsonSerializer.Deserialize<DocumentType>(json, SerializerOptions)
                ?? throw new DocumentTypeDefinitionException($"{name}: the file is empty.");
        }
        catch (JsonException e)
        {
            throw new DocumentTypeDefinitionException($"{name}: {PropertyAt(json, e.Path)}invalid JSON at {e.Path} (line {e.LineNumber + 1}): {e.Message}");
        }

        CheckNoNulls(name, type);
        DocumentTypeChecks.CheckType(name, type);
        return type with { SourceFile = name };
    }

    /// <summary>"property 'alias': " when a JSON error lies inside a property, so the message names it.</summary>
    private static string PropertyAt(string json, string? path)
    {
        var match = PropertyPathPattern().Match(path ?? "");
        if (!match.Success)
        {
            return "";
        }

        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var index = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            var property = document.RootElement.GetProperty("properties")[index];
            return property.TryGetProperty("alias", out var alias) && alias.ValueKind == JsonValueKind.String ? $"property '{alias.GetString()}': " : "";
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException or IndexOutOfRangeException)
        {
            return "";
        }
    }

    private static void CheckEditorNames(string file, string json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        if (document.RootElement.ValueKind != JsonValueKind.Object ||
            !document.RootElement.TryGetProperty("properties", out var properties) || properties.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        foreach (var property in properties.EnumerateArray().Where(p => p.ValueKind == JsonValueKind.Object))
        {
            var alias = property.TryGetProperty("alias", out var a) && a.ValueKind == JsonValueKind.String ? a.GetString() : "(no alias)";
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

    // JSON null overrides the collections' defaults; the checks below the loader rely on them being there.
    private static void CheckNoNulls(string file, DocumentType type)
    {
        if (type.Names is null || type.AllowedChildTypes is null || type.Properties is null || type.Properties.Any(p => p is null))
        {
            throw new DocumentTypeDefinitionException($"{file}: 'names', 'allowedChildTypes' and 'properties' cannot be null; leave them out instead.");
        }

        foreach (var property in type.Properties.Where(p => p.Names is null || p.Config is null || p.Config.Items is null || p.Config.AllowedTypes is null))
        {
            throw new DocumentTypeDefinitionException($"{file}: property '{property.Alias}': 'names', 'config', 'config.items' and 'config.allowedTypes' cannot be null; leave them out instead.");
        }
    }

    [GeneratedRegex(@"^\$\.properties\[(\d+)\]")]
    private static partial Regex PropertyPathPattern();
}
