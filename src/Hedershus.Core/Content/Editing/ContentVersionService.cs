using Hedershus.Core.Common;
using Hedershus.Core.Content.Storage;
using Hedershus.Core.Data;
using Hedershus.Core.Identity.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Hedershus.Core.Content.Editing;

/// <summary>The history of a node and rollback to an earlier version.</summary>
public sealed class ContentVersionService(HedershusDbContext db, CultureCatalog cultures, ContentTransaction transaction, ContentService content, ContentPermissions permissions)
{
    public async Task<IReadOnlyList<ContentVersionSummary>> ListAsync(Guid key, CancellationToken cancellationToken)
    {
        var node = await db.GetNodeAsync(key, cancellationToken);
        await permissions.EnsureAsync(ContentAction.Browse, node, null, cancellationToken);
        var versions = await db.ContentVersions.AsNoTracking().Where(v => v.NodeId == node.Id)
            .OrderByDescending(v => v.Id).ToListAsync(cancellationToken);
        var published = node.Cultures.Where(c => c.PublishedVersionId is not null).ToLookup(c => c.PublishedVersionId!.Value, c => c.Culture);
        return versions.Select(v => new ContentVersionSummary(
            v.Id, v.Revision, v.CreatedAt, v.Author, v.Kind, v.Id == node.CurrentVersionId, published[v.Id].ToList(),
            ContentData.Parse(v.Data).Cultures.ToDictionary(c => c.Key, c => c.Value.Name))).ToList();
    }

    public async Task<ContentVersionDetail> GetAsync(Guid key, int versionId, CancellationToken cancellationToken)
    {
        var (_, version) = await FindAsync(key, versionId, cancellationToken);
        return new ContentVersionDetail(version.Id, version.Revision, version.CreatedAt, version.Author, version.Kind, ContentData.Parse(version.Data));
    }

    /// <summary>
    /// Makes a new current version from an old one: the whole node, or only one culture (the other cultures
    /// keep their current draft). Nothing is published by this.
    /// </summary>
    public async Task<ContentDocument> RollbackAsync(Guid key, int versionId, string? culture, string? author, CancellationToken cancellationToken)
    {
        var (node, version) = await FindAsync(key, versionId, cancellationToken);
        await permissions.EnsureAsync(ContentAction.Rollback, node, culture is null ? null : [culture], cancellationToken);
        if (node.Trashed)
        {
            throw new ConflictException("The node is in the recycle bin; restore it first.");
        }

        var old = ContentData.Parse(version.Data);
        var data = old;
        if (culture is not null)
        {
            var code = cultures.Normalize(culture) ?? throw new InputValidationException("culture", $"'{culture}' is not a culture of this site.");
            if (!old.Cultures.TryGetValue(code, out var oldCulture))
            {
                throw new InputValidationException("culture", $"Version {versionId} has no '{code}'.");
            }

            var current = node.Data();
            data = current with { Cultures = new(current.Cultures, StringComparer.OrdinalIgnoreCase) { [code] = oldCulture } };
        }

        await transaction.ExecuteAsync(() => content.AddVersionAsync(node, data, ContentVersionKind.Rollback, author, cancellationToken), cancellationToken);
        return await new ContentDocumentReader(db).ReadAsync(node, cancellationToken);
    }

    private async Task<(ContentNode Node, ContentVersion Version)> FindAsync(Guid key, int versionId, CancellationToken cancellationToken)
    {
        var node = await db.GetNodeAsync(key, cancellationToken);
        await permissions.EnsureAsync(ContentAction.Browse, node, null, cancellationToken);
        var version = await db.ContentVersions.AsNoTracking().FirstOrDefaultAsync(v => v.Id == versionId && v.NodeId == node.Id, cancellationToken)
            ?? throw new NotFoundException($"Node {key} has no version {versionId}.");
        return (node, version);
    }
}

public sealed record ContentVersionSummary(
    int Id, int Revision, DateTime CreatedAt, string? Author, ContentVersionKind Kind, bool Current,
    IReadOnlyList<string> PublishedCultures, Dictionary<string, string> Names);

public sealed record ContentVersionDetail(int Id, int Revision, DateTime CreatedAt, string? Author, ContentVersionKind Kind, ContentData Data);
