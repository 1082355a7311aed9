using Hedershus.Core.Common;
using Hedershus.Core.Content.DocumentTypes;
using Hedershus.Core.Content.Storage;
using Hedershus.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Hedershus.Core.Content.Editing;

/// <summary>Where a node may go in the tree, and re-pointing a subtree's paths and levels when it goes there.</summary>
public sealed class ContentTreePlacement(HedershusDbContext db, DocumentTypeRegistry types)
{
    public async Task<ContentNode?> TargetParentAsync(ContentNode node, Guid? parentKey, CancellationToken cancellationToken, bool allowInsideSelf = false)
    {
        var type = types.Find(node.ContentType) ?? throw new ConflictException($"The document type '{node.ContentType}' no longer exists.");
        ContentNode? target = null;
        if (parentKey is { } k)
        {
            target = await db.ContentNodes.FirstOrDefaultAsync(n => n.Key == k && !n.Trashed, cancellationToken)
                ?? throw new InputValidationException("parentId", $"There is no content node with id {k}.");
            var inside = target.Id == node.Id || target.Path.StartsWith(node.Path + ",", StringComparison.Ordinal);
            if (inside && !allowInsideSelf)
            {
                throw new InputValidationException("parentId", "A node cannot move below itself.");
            }
        }

        ContentTreeRules.CheckAllowed(types, type, target);
        return target;
    }

    public static void Reparent(List<ContentNode> subtree, ContentNode node, ContentNode? parent)
    {
        var oldPath = node.Path;
        var newPath = parent is null ? node.Id.ToString() : $"{parent.Path},{node.Id}";
        var levelShift = (parent?.Level ?? 0) + 1 - node.Level;
        foreach (var item in subtree)
        {
            item.Path = newPath + item.Path[oldPath.Length..];
            item.Level += levelShift;
        }

        node.ParentId = parent?.Id;
    }

    public static void RefuseTrashed(ContentNode node)
    {
        if (node.Trashed)
        {
            throw new ConflictException("The node is in the recycle bin; restore it first.");
        }
    }
}
