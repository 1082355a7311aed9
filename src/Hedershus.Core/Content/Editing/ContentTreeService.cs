using Hedershus.Core.Common;
using Hedershus.Core.Content.Events;
using Hedershus.Core.Content.Routing;
using Hedershus.Core.Content.Storage;
using Hedershus.Core.Data;
using Hedershus.Core.Identity.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Hedershus.Core.Content.Editing;

/// <summary>Moving, copying and sorting nodes. The recycle bin is <see cref="RecycleBinService"/>.</summary>
public sealed class ContentTreeService(
    HedershusDbContext db,
    ContentTreePlacement placement,
    ContentTransaction transaction,
    RedirectRecorder redirects,
    RouteConflictGuard routes,
    ContentService content,
    ContentPermissions permissions,
    TimeProvider clock)
{
    public async Task<ContentDocument> MoveAsync(Guid key, Guid? parentKey, CancellationToken cancellationToken)
    {
        var node = await db.GetNodeAsync(key, cancellationToken);
        await permissions.EnsureAsync(ContentAction.Move, node, null, cancellationToken);
        ContentTreePlacement.RefuseTrashed(node);
        var target = await placement.TargetParentAsync(node, parentKey, cancellationToken);
        await permissions.EnsureAsync(ContentAction.Move, target, null, cancellationToken);
        await transaction.ExecuteAsync(async () =>
        {
            var before = await redirects.RoutesAsync(node, cancellationToken);
            var subtree = await db.GetSubtreeAsync(node, cancellationToken);
            ContentTreePlacement.Reparent(subtree, node, target);
            node.SortOrder = await db.NextSortOrderAsync(target?.Id, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await routes.EnsureUniqueAsync(node, cancellationToken);
            await redirects.RecordAsync(before, await redirects.RoutesAsync(node, cancellationToken), cancellationToken);
            if (node.Cultures.Any(c => c.IsPublished))
            {
                transaction.Record(node.Key, ChangeKind.Moved);
            }

            transaction.Raise(new ContentEvent(ContentEventKind.Moved, node.Id, node.Key));
        }, cancellationToken);
        return node.ToDocument(target?.Key);
    }

    /// <summary>Copies a node (and optionally everything below it) as unpublished drafts with new keys.</summary>
    public async Task<ContentDocument> CopyAsync(Guid key, Guid? parentKey, bool includeDescendants, string? author, CancellationToken cancellationToken)
    {
        var node = await db.GetNodeAsync(key, cancellationToken);
        await permissions.EnsureAsync(ContentAction.Move, node, null, cancellationToken);
        ContentTreePlacement.RefuseTrashed(node);
        var target = await placement.TargetParentAsync(node, parentKey, cancellationToken, allowInsideSelf: true);
        await permissions.EnsureAsync(ContentAction.Move, target, null, cancellationToken);
        var subtree = includeDescendants ? await db.GetSubtreeAsync(node, cancellationToken) : [node];
        var copy = await transaction.ExecuteAsync(async () =>
        {
            var copies = new Dictionary<int, ContentNode>();
            foreach (var original in subtree.Where(n => !n.Trashed))
            {
                var parent = original == node ? target : copies.GetValueOrDefault(original.ParentId ?? -1);
                if (original != node && parent is null)
                {
                    continue; // below a trashed node
                }

                copies[original.Id] = await CopyNodeAsync(original, parent, original == node ? await db.NextSortOrderAsync(target?.Id, cancellationToken) : original.SortOrder, author, cancellationToken);
            }

            return copies[node.Id];
        }, cancellationToken);
        return copy.ToDocument(target?.Key);
    }

    /// <summary>Puts the children of a node (null: the roots) in the given order. Every child must be named once.</summary>
    public async Task SortAsync(Guid? parentKey, IReadOnlyList<Guid> order, CancellationToken cancellationToken)
    {
        var parent = parentKey is { } k ? await db.GetNodeAsync(k, cancellationToken) : null;
        await permissions.EnsureAsync(ContentAction.Move, parent, null, cancellationToken);
        int? parentId = parent?.Id;
        var children = await db.ContentNodes.Include(n => n.Cultures).Where(n => n.ParentId == parentId && !n.Trashed).ToListAsync(cancellationToken);
        if (order.Count != children.Count || order.Distinct().Count() != order.Count || !children.All(c => order.Contains(c.Key)))
        {
            throw new InputValidationException("ids", $"Give every child exactly once ({children.Count} children).");
        }

        await transaction.ExecuteAsync(() =>
        {
            if (parentId is { } sortedParent)
            {
                transaction.Raise(new ContentEvent(ContentEventKind.Sorted, sortedParent, parentKey!.Value));
            }

            foreach (var child in children)
            {
                child.SortOrder = order.ToList().IndexOf(child.Key);
                if (child.Cultures.Any(c => c.IsPublished))
                {
                    transaction.Record(child.Key, ChangeKind.Sorted);
                }
            }

            return Task.CompletedTask;
        }, cancellationToken);
    }

    private async Task<ContentNode> CopyNodeAsync(ContentNode original, ContentNode? parent, int sortOrder, string? author, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var copy = new ContentNode
        {
            Key = Guid.NewGuid(),
            ParentId = parent?.Id,
            Level = (parent?.Level ?? 0) + 1,
            SortOrder = sortOrder,
            ContentType = original.ContentType,
            CreateDate = now,
            UpdateDate = now,
        };
        db.ContentNodes.Add(copy);
        await db.SaveChangesAsync(cancellationToken);
        copy.Path = parent is null ? copy.Id.ToString() : $"{parent.Path},{copy.Id}";
        await content.AddVersionAsync(copy, original.Data(), ContentVersionKind.Copy, author, cancellationToken);
        return copy;
    }
}
