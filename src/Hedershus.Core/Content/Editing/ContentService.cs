using Hedershus.Core.Common;
using Hedershus.Core.Content.DocumentTypes;
using Hedershus.Core.Content.Events;
using Hedershus.Core.Content.Storage;
using Hedershus.Core.Data;
using Hedershus.Core.Identity.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Hedershus.Core.Content.Editing;

/// <summary>Creating, reading and saving content drafts. Every save is a new version.</summary>
public sealed class ContentService(
    HedershusDbContext db,
    ContentDataBuilder builder,
    DocumentTypeRegistry types,
    ContentTransaction transaction,
    ContentPermissions permissions,
    TimeProvider clock)
{
    public async Task<ContentDocument> GetAsync(Guid key, CancellationToken cancellationToken)
    {
        var node = await db.GetNodeAsync(key, cancellationToken);
        await permissions.EnsureAsync(ContentAction.Browse, node, null, cancellationToken);
        return await new ContentDocumentReader(db).ReadAsync(node, cancellationToken);
    }

    public async Task<ContentDocument> CreateAsync(CreateContentRequest request, string? author, CancellationToken cancellationToken)
    {
        var type = builder.RequireType(request.ContentType);
        var parent = request.ParentId is { } parentKey
            ? await db.ContentNodes.FirstOrDefaultAsync(n => n.Key == parentKey && !n.Trashed, cancellationToken)
              ?? throw new InputValidationException("parentId", $"There is no content node with id {parentKey}.")
            : null;
        await permissions.EnsureAsync(ContentAction.Create, parent, request.Cultures?.Keys, cancellationToken);
        ContentTreeRules.CheckAllowed(types, type, parent);
        var key = request.Id ?? Guid.NewGuid();
        if (await db.ContentNodes.AnyAsync(n => n.Key == key, cancellationToken))
        {
            throw new ConflictException($"A content node with id {key} exists already.");
        }

        var errors = new ValidationErrors();
        var data = builder.Build(type, existing: null, request.Properties, request.Cultures, errors);
        errors.ThrowIfAny();

        var node = await transaction.ExecuteAsync(async () =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var created = new ContentNode
            {
                Key = key,
                ParentId = parent?.Id,
                Level = (parent?.Level ?? 0) + 1,
                SortOrder = await db.NextSortOrderAsync(parent?.Id, cancellationToken),
                ContentType = type.Alias,
                CreateDate = now,
                UpdateDate = now,
            };
            db.ContentNodes.Add(created);
            await db.SaveChangesAsync(cancellationToken);
            created.Path = parent is null ? created.Id.ToString() : $"{parent.Path},{created.Id}";
            await AddVersionAsync(created, data, ContentVersionKind.Save, author, cancellationToken);
            return created;
        }, cancellationToken);

        return node.ToDocument(request.ParentId);
    }

    public async Task<ContentDocument> UpdateAsync(Guid key, UpdateContentRequest request, string? author, CancellationToken cancellationToken)
    {
        if (request.Revision is not { } revision)
        {
            throw new InputValidationException("revision", "Give the revision you started editing from, so no one's changes are overwritten.");
        }

        var node = await db.GetNodeAsync(key, cancellationToken);
        await permissions.EnsureAsync(ContentAction.Update, node, EditedCultures(request), cancellationToken);
        if (node.Trashed)
        {
            throw new ConflictException("The node is in the recycle bin; restore it before editing.");
        }

        var type = types.Find(node.ContentType) ?? throw new ConflictException($"The document type '{node.ContentType}' no longer exists.");
        var errors = new ValidationErrors();
        var data = builder.Build(type, node.Data(), request.Properties, request.Cultures, errors);
        errors.ThrowIfAny();
        foreach (var removed in node.Cultures.Where(c => c.IsPublished && !data.Cultures.ContainsKey(c.Culture)))
        {
            throw new ConflictException($"Culture '{removed.Culture}' is published; unpublish it before removing it.");
        }

        if (revision != node.Revision)
        {
            await KeepConflictAsync(node, data, author, cancellationToken);
        }

        try
        {
            await transaction.ExecuteAsync(() => AddVersionAsync(node, data, ContentVersionKind.Save, author, cancellationToken), cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            await KeepConflictAsync(await db.GetNodeAsync(key, cancellationToken), data, author, cancellationToken);
        }

        return await new ContentDocumentReader(db).ReadAsync(node, cancellationToken);
    }

    public async Task<PagedResult<ContentSummary>> ChildrenAsync(Guid? parentKey, int skip, int take, CancellationToken cancellationToken)
    {
        var parent = parentKey is { } k
            ? await db.ContentNodes.AsNoTracking().FirstOrDefaultAsync(n => n.Key == k, cancellationToken)
              ?? throw new NotFoundException($"There is no content node with id {k}.")
            : null;
        await permissions.EnsureAsync(ContentAction.Browse, parent, null, cancellationToken);
        int? parentId = parent?.Id;
        var query = db.ContentNodes.AsNoTracking().Where(n => n.ParentId == parentId && !n.Trashed);
        var total = await query.LongCountAsync(cancellationToken);
        var page = await query.OrderBy(n => n.SortOrder).ThenBy(n => n.Id).Skip(skip).Take(take)
            .Include(n => n.CurrentVersion).Include(n => n.Cultures)
            .Select(n => new { Node = n, HasChildren = db.ContentNodes.Any(c => c.ParentId == n.Id && !c.Trashed) })
            .ToListAsync(cancellationToken);
        return new PagedResult<ContentSummary>(total, page.Select(p => p.Node.ToSummary(parentKey, p.HasChildren)).ToList());
    }

    /// <summary>The cultures a save touches; null when it changes values shared by every culture.</summary>
    private static string[]? EditedCultures(UpdateContentRequest request) =>
        request.Properties is null ? [.. request.Cultures?.Keys ?? Enumerable.Empty<string>()] : null;

    /// <summary>Adds a version with the data and makes it current; bumps the revision.</summary>
    internal async Task AddVersionAsync(ContentNode node, ContentData data, ContentVersionKind kind, string? author, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var before = node.CurrentVersion is null ? null : node.Data();
        node.Revision++;
        node.UpdateDate = now;
        var version = new ContentVersion { NodeId = node.Id, Revision = node.Revision, CreatedAt = now, Author = author, Kind = kind, Data = data.Serialize() };
        db.ContentVersions.Add(version);
        await db.SaveChangesAsync(cancellationToken);
        node.CurrentVersionId = version.Id;
        node.CurrentVersion = version;
        var action = kind switch
        {
            ContentVersionKind.Rollback => ContentEventKind.RolledBack,
            ContentVersionKind.Copy => ContentEventKind.Copied,
            ContentVersionKind.Import => ContentEventKind.Imported,
            _ when before is null => ContentEventKind.Created,
            _ => ContentEventKind.Saved,
        };
        transaction.Raise(new ContentEvent(action, node.Id, node.Key) { DraftBefore = before, DraftAfter = data });
    }

    /// <summary>Keeps a save that arrived over a newer revision as a conflict version, then answers 409.</summary>
    private async Task KeepConflictAsync(ContentNode node, ContentData data, string? author, CancellationToken cancellationToken)
    {
        var version = new ContentVersion
        {
            NodeId = node.Id,
            Revision = node.Revision,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            Author = author,
            Kind = ContentVersionKind.Conflict,
            Data = data.Serialize(),
        };
        db.ChangeTracker.Clear();
        db.ContentVersions.Add(version);
        await db.SaveChangesAsync(cancellationToken);
        throw new ConflictException(
            "Someone saved this node after you started editing. Your changes are kept as a conflict version; compare and save again.",
            new Dictionary<string, object?> { ["currentRevision"] = node.Revision, ["conflictVersionId"] = version.Id });
    }
}
