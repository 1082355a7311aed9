using Hedershus.Core.Common;
using Hedershus.Core.Media;

namespace Hedershus.Web.Backoffice.MediaSection;

/// <summary>Reads what the media pages show from Core's media library.</summary>
public sealed class MediaPageBuilder(MediaLibrary library, IMediaUsageLookup usages, CultureCatalog cultures)
{
    public async Task<MediaFolderModel> FolderAsync(Guid? folderKey, MediaFolderModel? overrides, CancellationToken cancellationToken)
    {
        var folder = folderKey is { } key ? await library.FindAsync(key, cancellationToken) ?? throw new NotFoundException($"There is no media folder with id {key}.") : null;
        if (folder is not null && folder.MediaType != MediaType.Folder)
        {
            throw new NotFoundException($"'{folder.Name}' is not a folder.");
        }

        var children = await library.FindChildrenAsync(folder?.Key, 0, 1000, cancellationToken);
        return new MediaFolderModel
        {
            Folder = folder,
            Path = folder is null ? [] : await PathAsync(folder, cancellationToken),
            Items = children?.Items ?? [],
            Cultures = cultures.All,
            DefaultCulture = cultures.Default,
            Notice = overrides?.Notice,
            NoticeIsError = overrides?.NoticeIsError ?? false,
            Errors = overrides?.Errors ?? new Dictionary<string, string[]>(),
            Posted = overrides?.Posted ?? new Dictionary<string, string>(),
        };
    }

    public async Task<MediaItemModel> ItemAsync(Guid key, string? notice, bool isError, IReadOnlyDictionary<string, string[]>? errors, CancellationToken cancellationToken)
    {
        var item = await library.FindAsync(key, cancellationToken) ?? throw new NotFoundException($"There is no media item with id {key}.");
        return new MediaItemModel
        {
            Item = item,
            Path = await PathAsync(item, cancellationToken),
            Usages = await usages.FindUsagesAsync(key, cancellationToken),
            Folders = await FoldersAsync(cancellationToken),
            Cultures = cultures.All,
            DefaultCulture = cultures.Default,
            Notice = notice,
            NoticeIsError = isError,
            Errors = errors ?? new Dictionary<string, string[]>(),
        };
    }

    /// <summary>The folders above an item, top first (the item itself not included).</summary>
    private async Task<List<MediaItem>> PathAsync(MediaItem item, CancellationToken cancellationToken)
    {
        var path = new List<MediaItem>();
        var location = (await library.LocateAsync([item], cancellationToken))[item.Id];
        for (var parent = location.ParentKey; parent is { } p && await library.FindAsync(p, cancellationToken) is { } folder; parent = (await library.LocateAsync([folder], cancellationToken))[folder.Id].ParentKey)
        {
            path.Insert(0, folder);
        }

        return path;
    }

    private async Task<List<MediaItem>> FoldersAsync(CancellationToken cancellationToken)
    {
        var folders = new List<MediaItem>();
        var queue = new Queue<Guid?>([null]);
        while (queue.Count > 0)
        {
            var page = await library.FindChildrenAsync(queue.Dequeue(), 0, 1000, cancellationToken);
            foreach (var folder in page?.Items.Where(i => i.MediaType == MediaType.Folder) ?? [])
            {
                folders.Add(folder);
                queue.Enqueue(folder.Key);
            }
        }

        return folders;
    }
}
