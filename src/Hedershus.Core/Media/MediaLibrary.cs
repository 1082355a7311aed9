using Hedershus.Core.Common;
using Hedershus.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Hedershus.Core.Media;

/// <summary>
/// Reads the media library from the database, for editors: by key, children, and where items sit. The Delivery API
/// reads the in-memory <see cref="MediaSnapshot"/> instead.
/// </summary>
public sealed class MediaLibrary(HedershusDbContext db)
{
    public Task<MediaItem?> FindAsync(Guid key, CancellationToken cancellationToken) =>
        db.MediaItems.AsNoTracking().SingleOrDefaultAsync(m => m.Key == key, cancellationToken);

    /// <summary>A page of a folder's children (the root's when <paramref name="parentKey"/> is null) in the editors' order; null when the folder is unknown.</summary>
    public async Task<MediaPage?> FindChildrenAsync(Guid? parentKey, int skip, int take, CancellationToken cancellationToken)
    {
        CheckPaging(skip, take);
        var parent = parentKey is null ? null : await FindAsync(parentKey.Value, cancellationToken);
        if (parentKey is not null && parent is null)
        {
            return null;
        }

        var children = await ChildrenAsync(parent?.Id, cancellationToken);
        return new MediaPage(children.Count, children.Skip(skip).Take(take).ToList());
    }

    /// <summary>Every image and file (no folders), by name: what a media picker offers.</summary>
    public async Task<IReadOnlyList<MediaItem>> ListFilesAsync(CancellationToken cancellationToken) =>
        await db.MediaItems.AsNoTracking().Where(m => m.MediaType != MediaType.Folder).OrderBy(m => m.Name).ThenBy(m => m.Id).ToListAsync(cancellationToken);

    /// <summary>The path of names and the parent key of each item, by item id.</summary>
    public async Task<IReadOnlyDictionary<int, MediaLocation>> LocateAsync(IReadOnlyCollection<MediaItem> items, CancellationToken cancellationToken)
    {
        var known = items.DistinctBy(i => i.Id).ToDictionary(i => i.Id);
        var missing = MissingParents(known.Values, known);
        while (missing.Count > 0)
        {
            var loaded = await db.MediaItems.AsNoTracking().Where(m => missing.Contains(m.Id)).ToListAsync(cancellationToken);
            loaded.ForEach(m => known[m.Id] = m);
            missing = loaded.Count == 0 ? [] : MissingParents(loaded, known);
        }

        return items.DistinctBy(i => i.Id).ToDictionary(i => i.Id, i => Locate(i, known));
    }

    private async Task<IReadOnlyList<MediaItem>> ChildrenAsync(int? parentId, CancellationToken cancellationToken) =>
        await db.MediaItems.AsNoTracking().Where(m => m.ParentId == parentId)
            .OrderBy(m => m.SortOrder).ThenBy(m => m.Id).ToListAsync(cancellationToken);

    private static void CheckPaging(int skip, int take)
    {
        var errors = new ValidationErrors();
        if (skip < 0)
        {
            errors.Add("skip", "Give 0 or more.");
        }

        if (take < 0)
        {
            errors.Add("take", "Give 0 or more.");
        }

        errors.ThrowIfAny();
    }

    private static HashSet<int> MissingParents(IEnumerable<MediaItem> items, Dictionary<int, MediaItem> known) =>
        items.Where(i => i.ParentId is int p && !known.ContainsKey(p)).Select(i => i.ParentId!.Value).ToHashSet();

    private static MediaLocation Locate(MediaItem item, Dictionary<int, MediaItem> known)
    {
        var names = new List<string>();
        for (MediaItem? current = item; current is not null; current = current.ParentId is int p ? known.GetValueOrDefault(p) : null)
        {
            names.Add(current.Name.ToLowerInvariant());
        }

        names.Reverse();
        var parentKey = item.ParentId is int parentId && known.TryGetValue(parentId, out var parent) ? parent.Key : (Guid?)null;
        return new MediaLocation("/" + string.Join('/', names) + "/", parentKey);
    }
}

/// <summary>Where an item sits: its path of (lower-cased) names, e.g. "/bilder/karta.png/", and its folder.</summary>
public sealed record MediaLocation(string Path, Guid? ParentKey);

/// <summary>One page of a query and the number of all matches.</summary>
public sealed record MediaPage(long Total, IReadOnlyList<MediaItem> Items);
