using Hedershus.Core.Common;
using Hedershus.Core.Content.Events;
using Hedershus.Core.Content.Storage;
using Hedershus.Core.Data;
using Hedershus.Core.Identity.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Hedershus.Core.Content.Editing;

/// <summary>Trashing, restoring and deleting nodes, and listing what is in the recycle bin.</summary>
public sealed class RecycleBinService(
    HedershusDbContext db,
    ContentTreePlacement placement,
    ContentTransaction transaction,
    ContentPermissions permissions)
{
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
            ? await placement.TargetParentAsync(node, parentKey, cancellationToken)
            : node.ParentId is { } oldParentId ? await db.ContentNodes.FirstAsync(n => n.Id == oldParentId, cancellationToken) : null;
        if (parent?.Trashed == true)
        {
            throw new ConflictException("The old parent is in the recycle bin too; restore it first or choose a new parent (parentId).");
        }

        await permissions.EnsureAsync(ContentAction.Delete, parent, null, cancellationToken);

        var subtree = await db.GetSubtreeAsync(node, cancellationToken);
        await transaction.ExecuteAsync(async () =>
        {
            ContentTreePlacement.Reparent(subtree, node, parent);
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
}
