namespace Hedershus.Core.Content.DocumentTypes;

/// <summary>Rules between definitions: unique aliases, and child and block types that exist and are of the right kind.</summary>
internal static class DocumentTypeReferenceChecks
{
    public static void CheckReferences(IReadOnlyList<DocumentType> types)
    {
        var byAlias = new Dictionary<string, DocumentType>(StringComparer.Ordinal);
        foreach (var type in types)
        {
            if (!byAlias.TryAdd(type.Alias, type))
            {
                DocumentTypeChecks.Fail($"{type.SourceFile}: alias '{type.Alias}' is also defined in {byAlias[type.Alias].SourceFile}.");
            }
        }

        foreach (var type in types)
        {
            foreach (var child in type.AllowedChildTypes)
            {
                if (!byAlias.TryGetValue(child, out var target))
                {
                    DocumentTypeChecks.Fail($"{type.SourceFile}: 'allowedChildTypes' names '{child}', which no file defines.");
                }
                else if (target.IsElement)
                {
                    DocumentTypeChecks.Fail($"{type.SourceFile}: 'allowedChildTypes' names '{child}', an element type; only document types can be children.");
                }
            }

            foreach (var property in type.Properties.Where(p => p.Editor is PropertyEditor.BlockList or PropertyEditor.ContentPicker))
            {
                CheckAllowedTypes($"{type.SourceFile}: property '{property.Alias}'", property, byAlias);
            }
        }
    }

    private static void CheckAllowedTypes(string where, PropertyType property, Dictionary<string, DocumentType> byAlias)
    {
        foreach (var allowed in property.Config.AllowedTypes)
        {
            if (!byAlias.TryGetValue(allowed, out var target))
            {
                DocumentTypeChecks.Fail($"{where}: 'config.allowedTypes' names '{allowed}', which no file defines.");
            }
            else if (property.Editor == PropertyEditor.BlockList && !target.IsElement)
            {
                DocumentTypeChecks.Fail($"{where}: block type '{allowed}' must be an element type (\"isElement\": true).");
            }
            else if (property.Editor == PropertyEditor.ContentPicker && target.IsElement)
            {
                DocumentTypeChecks.Fail($"{where}: '{allowed}' is an element type; a content picker picks documents.");
            }
        }
    }
}
