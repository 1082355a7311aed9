using Hedershus.Core.Common;
using Hedershus.Core.Content.DocumentTypes;
using Hedershus.Core.Content.Events;
using Hedershus.Core.Content.Routing;
using Hedershus.Core.Content.Storage;
using Hedershus.Core.Data;
using Hedershus.Core.Identity.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Hedershus.Core.Content.Editing;

/// <summary>Moving, copying, sorting, trashing, restoring and deleting nodes.</summary>
public sealed class ContentTreeService(
    HedershusDbContext db,
    DocumentTypeRegistry types,
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
        RefuseTrashed(node);
        var target = await TargetParentAsync(node, parentKey, cancellationToken);
        await permissions.EnsureAsync(ContentAction.Move, target, null, cancellationToken);
        await transaction.ExecuteAsync(async () =>
        {
            var before = await redirects.RoutesAsync(node, cancellationToken);
            var subtree = await db.GetSubtreeAsync(node, cancellationToken);
            Reparent(subtree, node, target);
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
        RefuseTrashed(node);
        var target = await TargetParentAsync(node, parentKey, cancellationToken, allowInsideSelf: true);
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

    /// <summary>Moves a node and everything below it to the recycle bin; what was published is unpublished.</summary>
    public async Task TrashAsync(Guid key, CancellationToken cancellationToken)
    {
        var node = await db.GetNodeAsync(key, cancellationToken);
        await permissions.EnsureAsync(ContentAction.Delete, node, null, cancellationToken);
        if (node.Trashed)
        {
            throw new ConflictException("The node is in the recycle bin already.");
        }

        var subtree = await db.GetSubtreeAsync(node, cancellationToken);
        await transaction.ExecuteAsync(() =>
        {
            foreach (var item in subtree.Where(n => !n.Trashed))
            {
                item.Trashed = true;
                item.TrashedWithId = node.Id;
                UnpublishAll(item);
            }

            transaction.Raise(new ContentEvent(ContentEventKind.Trashed, node.Id, node.Key));
            return Task.CompletedTask;
        }, cancellationToken);
    }

    /// <summary>Takes a node back from the recycle bin, to its old parent or a new one. It stays unpublished.</summary>
    public async Task<ContentDocument> RestoreAsync(Guid key, Guid? parentKey, CancellationToken cancellationToken)
    {
        var node = await db.GetNodeAsync(key, cancellationToken);
        await permissions.EnsureAsync(ContentAction.Delete, node, null, cancellationToken);
        if (!node.Trashed)
        {
            throw new ConflictException("The node is not in the recycle bin.");
        }

        var parent = parentKey is not null
            ? await TargetParentAsync(node, parentKey, cancellationToken)
            : node.ParentId is { } oldParentId ? await db.ContentNodes.FirstAsync(n => n.Id == oldParentId, cancellationToken) : null;
        if (parent?.Trashed == true)
        {
            throw new ConflictException("The old parent is in the recycle bin too; restore it first or choose a new parent (parentId).");
        }

        await permissions.EnsureAsync(ContentAction.Delete, parent, null, cancellationToken);

        var subtree = await db.GetSubtreeAsync(node, cancellationToken);
        await transaction.ExecuteAsync(async () =>
        {
            Reparent(subtree, node, parent);
            node.SortOrder = await db.NextSortOrderAsync(parent?.Id, cancellationToken);
            // Only what was trashed together with this node comes back; a child trashed on its own stays in the bin.
            foreach (var item in subtree.Where(n => n.TrashedWithId == node.Id || n.Id == node.Id))
            {
                item.Trashed = false;
                item.TrashedWithId = null;
            }

            transaction.Raise(new ContentEvent(ContentEventKind.Restored, node.Id, node.Key));
        }, cancellationToken);
        return node.ToDocument(parent?.Key);
    }

    /// <summary>Deletes a node, its versions and everything below it, for good.</summary>
    public async Task DeleteAsync(Guid key, CancellationToken cancellationToken)
    {
        var node = await db.GetNodeAsync(key, cancellationToken);
        await permissions.EnsureAsync(ContentAction.Delete, node, null, cancellationToken);
        var subtree = await db.GetSubtreeAsync(node, cancellationToken);
        await transaction.ExecuteAsync(async () =>
        {
            foreach (var item in subtree)
            {
                UnpublishAll(item);
            }

            var keys = subtree.Select(n => n.Key).ToList();
            await db.Redirects.Where(r => keys.Contains(r.NodeKey)).ExecuteDeleteAsync(cancellationToken);
            foreach (var item in subtree.OrderByDescending(n => n.Level))
            {
                item.CurrentVersionId = null;
                item.CurrentVersion = null;
            }

            await db.SaveChangesAsync(cancellationToken);
            transaction.Raise(new ContentEvent(ContentEventKind.Deleted, node.Id, node.Key));
            db.ContentNodes.RemoveRange(subtree.OrderByDescending(n => n.Level));
        }, cancellationToken);
    }

    public async Task<PagedResult<ContentSummary>> TrashedAsync(int skip, int take, CancellationToken cancellationToken)
    {
        await permissions.EnsureAsync(ContentAction.Browse, null, null, cancellationToken);
        var query = db.ContentNodes.AsNoTracking().Where(n => n.Trashed && (n.ParentId == null || !db.ContentNodes.Any(p => p.Id == n.ParentId && p.Trashed)));
        var total = await query.LongCountAsync(cancellationToken);
        var page = await query.OrderByDescending(n => n.UpdateDate).Skip(skip).Take(take).Include(n => n.CurrentVersion).Include(n => n.Cultures).ToListAsync(cancellationToken);
        return new PagedResult<ContentSummary>(total, page.Select(n => n.ToSummary(null, hasChildren: false)).ToList());
    }

    private static void RefuseTrashed(ContentNode node)
    {
        if (node.Trashed)
        {
            throw new ConflictException("The node is in the recycle bin; restore it first.");
        }
    }

    private void UnpublishAll(ContentNode node)
    {
        var wasPublished = false;
        foreach (var state in node.Cultures)
        {
            wasPublished |= state.IsPublished;
            PublishingService.ClearPublished(state);
            state.PublishAt = null;
            state.UnpublishAt = null;
        }

        if (wasPublished)
        {
            transaction.Record(node.Key, ChangeKind.Deleted);
        }
    }

    private async Task<ContentNode?> TargetParentAsync(ContentNode node, Guid? parentKey, CancellationToken cancellationToken, bool allowInsideSelf = false)
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

    private static void Reparent(List<ContentNode> subtree, ContentNode node, ContentNode? parent)
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
