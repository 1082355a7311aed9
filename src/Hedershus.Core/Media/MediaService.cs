using Hedershus.Core.Audit;
using Hedershus.Core.Common;
using Hedershus.Core.Data;
using Hedershus.Core.Identity.Permissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hedershus.Core.Media;

/// <summary>Changes the media library: uploads, folders, renames and moves, deletes. Reads are in <see cref="MediaLibrary"/>.</summary>
public sealed class MediaService(
    HedershusDbContext db,
    MediaFileStore store,
    MediaFileInspector inspector,
    MediaInputRules rules,
    IMediaUsageLookup usages,
    MediaSnapshotService snapshots,
    IAuditLog audit,
    ContentPermissions permissions,
    IOptions<MediaOptions> options,
    TimeProvider time,
    ILogger<MediaService> logger)
{
    /// <summary>Stages, checks and saves a file in one go.</summary>
    public async Task<MediaItem> UploadAsync(MediaUpload upload, CancellationToken cancellationToken)
    {
        await using var staged = await StageAsync(upload.Content, upload.FileName, upload.ContentType, cancellationToken);
        return await CreateFromStagedAsync(staged, upload.Details, cancellationToken);
    }

    /// <summary>
    /// Reads a file to the staging folder (stopping past <see cref="MediaOptions.MaxUploadBytes"/>) and checks
    /// its content. Lets a caller read the file before the fields that say where it goes (multipart order).
    /// </summary>
    public async Task<StagedMediaFile> StageAsync(Stream content, string fileName, string? contentType, CancellationToken cancellationToken)
    {
        await permissions.EnsureMediaWriteAsync(cancellationToken);
        var (path, bytes) = await store.StageAsync(content, options.Value.MaxUploadBytes, cancellationToken);
        try
        {
            var inspected = inspector.Inspect(path, fileName, contentType);
            return new StagedMediaFile(path, Path.GetFileName(fileName.Replace('\\', '/')), bytes, inspected);
        }
        catch
        {
            MediaFileStore.DeleteQuietly(path);
            throw;
        }
    }

    /// <summary>Saves the row of a staged file and moves the file into place; on failure neither is left behind.</summary>
    public async Task<MediaItem> CreateFromStagedAsync(StagedMediaFile file, MediaUploadDetails details, CancellationToken cancellationToken)
    {
        await permissions.EnsureMediaWriteAsync(cancellationToken);
        var errors = new ValidationErrors();
        var name = MediaInputRules.CheckName(details.Name ?? DefaultName(file), errors);
        var altText = rules.CheckAltText(details.AltText, errors);
        var parent = await FindFolderAsync(details.ParentKey, errors, cancellationToken);
        errors.ThrowIfAny();

        var item = NewFileItem(file, name, altText);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await AddAsync(item, parent, cancellationToken);
        store.Commit(file.StagedPath, item.Key, item.FileName!);
        file.Committed = true;
        try
        {
            await transaction.CommitAsync(cancellationToken);
        }
        catch
        {
            store.Delete(item.Key);
            throw;
        }

        logger.LogInformation("Media {MediaKey} uploaded ({ContentType}, {Bytes} bytes)", item.Key, item.ContentType, item.Bytes);
        await snapshots.RefreshAfterWriteAsync();
        return item;
    }

    public async Task<MediaItem> CreateFolderAsync(string? name, Guid? parentKey, CancellationToken cancellationToken)
    {
        await permissions.EnsureMediaWriteAsync(cancellationToken);
        var errors = new ValidationErrors();
        var checkedName = MediaInputRules.CheckName(name, errors);
        var parent = await FindFolderAsync(parentKey, errors, cancellationToken);
        errors.ThrowIfAny();

        var folder = NewItem(Guid.NewGuid(), checkedName, MediaType.Folder);
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await AddAsync(folder, parent, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await snapshots.RefreshAfterWriteAsync();
        return folder;
    }

    /// <summary>Renames, moves, and sets alt text and focal point. A name taken by a sibling gets " (1)" appended.</summary>
    public async Task<MediaItem> UpdateAsync(Guid key, MediaUpdate update, CancellationToken cancellationToken)
    {
        await permissions.EnsureMediaWriteAsync(cancellationToken);
        var item = await db.MediaItems.SingleOrDefaultAsync(m => m.Key == key, cancellationToken) ?? throw NotFound(key);
        var errors = new ValidationErrors();
        var name = MediaInputRules.CheckName(update.Name, errors);
        var altText = rules.CheckAltText(update.AltText, errors);
        MediaInputRules.CheckFocalPoint(update.FocalPoint, item.MediaType, errors);
        var parent = await FindFolderAsync(update.ParentKey, errors, cancellationToken);
        if (parent is not null && await IsSelfOrDescendantAsync(parent, item.Id, cancellationToken))
        {
            errors.Add("parentId", "A folder cannot be moved into itself or one of its subfolders.");
        }

        errors.ThrowIfAny();
        if (item.ParentId != parent?.Id)
        {
            item.ParentId = parent?.Id;
            item.SortOrder = await NextSortOrderAsync(item.ParentId, cancellationToken);
        }

        item.Name = MediaNames.Unique(name, await SiblingNamesAsync(item.ParentId, item.Id, cancellationToken));
        item.AltText = altText;
        item.FocalPointLeft = update.FocalPoint?.Left;
        item.FocalPointTop = update.FocalPoint?.Top;
        item.UpdateDate = time.GetUtcNow().UtcDateTime;
        audit.Add(new AuditRecord(AuditActions.MediaUpdated) { Target = item.Key.ToString() });
        await SaveAndRaiseVersionAsync(cancellationToken);
        await snapshots.RefreshAfterWriteAsync();
        return item;
    }

    /// <summary>Deletes an item and its file. A folder must be empty, and an item still in use cannot go (409).</summary>
    public async Task DeleteAsync(Guid key, CancellationToken cancellationToken)
    {
        await permissions.EnsureMediaWriteAsync(cancellationToken);
        var item = await db.MediaItems.SingleOrDefaultAsync(m => m.Key == key, cancellationToken) ?? throw NotFound(key);
        if (await db.MediaItems.AnyAsync(m => m.ParentId == item.Id, cancellationToken))
        {
            throw new ConflictException($"The folder '{item.Name}' is not empty; move or delete what it holds first.");
        }

        var usedBy = await usages.FindUsagesAsync(key, cancellationToken);
        if (usedBy.Count > 0)
        {
            var names = string.Join(", ", usedBy.Select(u => $"'{u.Name}'"));
            throw new ConflictException(
                $"'{item.Name}' is still used by {usedBy.Count} document(s): {names}. Remove it from them first.",
                new Dictionary<string, object?> { ["usedBy"] = usedBy });
        }

        db.MediaItems.Remove(item);
        audit.Add(new AuditRecord(AuditActions.MediaDeleted) { Target = key.ToString() });
        await SaveAndRaiseVersionAsync(cancellationToken);
        store.Delete(key);
        await snapshots.RefreshAfterWriteAsync();
    }

    private MediaItem NewItem(Guid key, string name, MediaType type)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return new MediaItem { Key = key, Name = name, MediaType = type, CreateDate = now, UpdateDate = now };
    }

    private MediaItem NewFileItem(StagedMediaFile file, string name, Dictionary<string, string> altText)
    {
        var item = NewItem(Guid.NewGuid(), name, file.Inspected.Format.MediaType);
        item.FileName = MediaNames.ToFileName(file.OriginalFileName, file.Inspected.Extension);
        item.Extension = file.Inspected.Extension;
        item.ContentType = file.Inspected.Format.ContentType;
        item.Bytes = file.Bytes;
        item.Width = file.Inspected.Width;
        item.Height = file.Inspected.Height;
        item.AltText = altText;
        item.UrlPath = MediaFileStore.UrlPathFor(item.Key, item.FileName);
        return item;
    }

    /// <summary>Adds the item and raises the library's version; call inside a transaction.</summary>
    private async Task AddAsync(MediaItem item, MediaItem? parent, CancellationToken cancellationToken)
    {
        item.ParentId = parent?.Id;
        item.SortOrder = await NextSortOrderAsync(item.ParentId, cancellationToken);
        item.Name = MediaNames.Unique(item.Name, await SiblingNamesAsync(item.ParentId, exceptId: null, cancellationToken));
        db.MediaItems.Add(item);
        audit.Add(new AuditRecord(AuditActions.MediaCreated) { Target = item.Key.ToString() });
        await db.SaveChangesAsync(cancellationToken);
        await MediaLibraryVersion.RaiseAsync(db, cancellationToken);
    }

    /// <summary>Saves the tracked change and raises the library's version in one transaction, so no node sees one without the other.</summary>
    private async Task SaveAndRaiseVersionAsync(CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await MediaLibraryVersion.RaiseAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task<MediaItem?> FindFolderAsync(Guid? key, ValidationErrors errors, CancellationToken cancellationToken)
    {
        if (key is null)
        {
            return null;
        }

        var folder = await db.MediaItems.AsNoTracking().SingleOrDefaultAsync(m => m.Key == key, cancellationToken);
        if (folder?.MediaType != MediaType.Folder)
        {
            errors.Add("parentId", folder is null ? $"There is no media folder with id {key}." : $"'{folder.Name}' is not a folder.");
            return null;
        }

        return folder;
    }

    private async Task<bool> IsSelfOrDescendantAsync(MediaItem folder, int itemId, CancellationToken cancellationToken)
    {
        for (int? current = folder.Id; current is not null;)
        {
            if (current == itemId)
            {
                return true;
            }

            var id = current.Value;
            current = await db.MediaItems.Where(m => m.Id == id).Select(m => m.ParentId).SingleAsync(cancellationToken);
        }

        return false;
    }

    private async Task<List<string>> SiblingNamesAsync(int? parentId, int? exceptId, CancellationToken cancellationToken) =>
        await db.MediaItems.Where(m => m.ParentId == parentId && m.Id != exceptId).Select(m => m.Name).ToListAsync(cancellationToken);

    private async Task<int> NextSortOrderAsync(int? parentId, CancellationToken cancellationToken) =>
        (await db.MediaItems.Where(m => m.ParentId == parentId).MaxAsync(m => (int?)m.SortOrder, cancellationToken) ?? -1) + 1;

    private static string DefaultName(StagedMediaFile file) =>
        file.OriginalFileName.Trim() is { Length: > 0 } name ? name[..Math.Min(name.Length, MediaNames.MaxLength)] : "file." + file.Inspected.Extension;

    private static NotFoundException NotFound(Guid key) => new($"There is no media item with id {key}.");
}
