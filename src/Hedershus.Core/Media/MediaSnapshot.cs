namespace Hedershus.Core.Media;

/// <summary>
/// The whole media library in memory, immutable: items by key, by path of names and by folder. Built by
/// <see cref="MediaSnapshotService"/> and swapped as a whole; the items it holds are never changed after the build.
/// </summary>
public sealed class MediaSnapshot
{
    private static readonly IReadOnlyList<MediaEntry> NoChildren = [];

    private readonly Dictionary<Guid, MediaEntry> _byKey;
    private readonly Dictionary<string, MediaEntry> _byPath;
    private readonly Dictionary<Guid, IReadOnlyList<MediaEntry>> _children;

    private MediaSnapshot(IReadOnlyList<MediaEntry> roots, Dictionary<Guid, MediaEntry> byKey, Dictionary<Guid, IReadOnlyList<MediaEntry>> children, long version)
    {
        Roots = roots;
        _byKey = byKey;
        _children = children;
        Version = version;

        // Names match ignoring case, as Umbraco's media paths do; where siblings differ only in case, the first wins.
        _byPath = new Dictionary<string, MediaEntry>(byKey.Count, StringComparer.OrdinalIgnoreCase);
        var stack = new Stack<(MediaEntry Entry, string Path)>(roots.Reverse().Select(r => (r, "/" + r.Item.Name)));
        while (stack.TryPop(out var next))
        {
            _byPath.TryAdd(next.Path, next.Entry);
            foreach (var child in Children(next.Entry.Item.Key).Reverse())
            {
                stack.Push((child, next.Path + "/" + child.Item.Name));
            }
        }
    }

    public static MediaSnapshot Empty { get; } = Build([], default);

    /// <summary>The <see cref="MediaLibraryVersion"/> read before the rows (to notice changes by other nodes).</summary>
    internal long Version { get; }

    public int Count => _byKey.Count;

    /// <summary>Items at the root of the library, in the editors' order.</summary>
    public IReadOnlyList<MediaEntry> Roots { get; }

    public MediaEntry? Find(Guid key) => _byKey.GetValueOrDefault(key);

    /// <summary>The item at a path of names from the root, e.g. "/Bilder/Karta.png"; null for an empty path.</summary>
    public MediaEntry? FindByPath(string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments.Length == 0 ? null : _byPath.GetValueOrDefault("/" + string.Join('/', segments));
    }

    /// <summary>A folder's children in the editors' order (empty for an unknown key).</summary>
    public IReadOnlyList<MediaEntry> Children(Guid key) => _children.GetValueOrDefault(key, NoChildren);

    internal static MediaSnapshot Build(IReadOnlyCollection<MediaItem> items, long version)
    {
        var byId = items.ToDictionary(i => i.Id);
        var paths = new Dictionary<int, string>(items.Count);
        var byKey = new Dictionary<Guid, MediaEntry>(items.Count);
        foreach (var item in items)
        {
            var parentKey = item.ParentId is int p && byId.TryGetValue(p, out var parent) ? parent.Key : (Guid?)null;
            byKey[item.Key] = new MediaEntry(item, PathOf(item, byId, paths), parentKey);
        }

        var ordered = byKey.Values.OrderBy(e => e.Item.SortOrder).ThenBy(e => e.Item.Id).ToList();
        var children = ordered.Where(e => e.ParentKey is not null).GroupBy(e => e.ParentKey!.Value)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<MediaEntry>)g.ToList());
        var roots = ordered.Where(e => e.ParentKey is null).ToList();
        return new MediaSnapshot(roots, byKey, children, version);
    }

    /// <summary>The lower-cased names from the root, "/bilder/karta.png/", as the Delivery API's <c>path</c> shows them.</summary>
    private static string PathOf(MediaItem item, Dictionary<int, MediaItem> byId, Dictionary<int, string> paths)
    {
        if (paths.TryGetValue(item.Id, out var known))
        {
            return known;
        }

        var names = new List<MediaItem>();
        var prefix = "/";
        // The count guards against a cycle of parents, which the editing rules forbid but start-up must survive.
        for (MediaItem? current = item; current is not null && names.Count <= byId.Count; current = current.ParentId is int p ? byId.GetValueOrDefault(p) : null)
        {
            if (paths.TryGetValue(current.Id, out var ancestorPath))
            {
                prefix = ancestorPath;
                break;
            }

            names.Add(current);
        }

        names.Reverse();
        foreach (var named in names)
        {
            prefix = paths[named.Id] = prefix + named.Name.ToLowerInvariant() + "/";
        }

        return prefix;
    }
}

/// <summary>A media item with where it sits: its path of (lower-cased) names and its folder's key.</summary>
public sealed record MediaEntry(MediaItem Item, string Path, Guid? ParentKey);
