using Hedershus.Core.Common;
using Hedershus.Core.Content.DocumentTypes;
using Hedershus.Core.Content.Storage;

namespace Hedershus.Core.Content.Editing;

/// <summary>Where a document type may stand in the tree.</summary>
internal static class ContentTreeRules
{
    public static void CheckAllowed(DocumentTypeRegistry types, DocumentType type, ContentNode? parent)
    {
        if (parent is null)
        {
            if (!type.AllowedAtRoot)
            {
                throw new InputValidationException("parentId", $"'{type.Alias}' cannot stand at the root; give a parent.");
            }

            return;
        }

        var parentType = types.Find(parent.ContentType);
        if (parentType is null || !parentType.AllowedChildTypes.Contains(type.Alias, StringComparer.Ordinal))
        {
            throw new InputValidationException("parentId", $"'{type.Alias}' is not allowed below '{parent.ContentType}'.");
        }
    }
}
