namespace Hedershus.Core.Content.Published;

/// <summary>
/// Everything published, in memory, immutable. Lookups by key, id and route are dictionary hits. A new
/// snapshot replaces the old one atomically when journal rows are applied.
/// </summary>
public sealed class PublishedSnapshot
{
    private static readonly IReadOnlyList<PublishedContent> NoChildren = [];

    // A page republished in place goes into a small dictionary of replaced records over a shared index by key, so a
    // journal batch copies that small one rather than the whole index (at 60,000 nodes about 2 MB of large-object heap,
    // which only a full collection returns: a burst of batches left a hundred megabytes of it). The replaced records
    // are folded into a new index by key once there are too many for a small dictionary.
    private const int MaxReplaced = 1_024;

    private readonly Dictionary<Guid, PublishedContent> _byKey;
    private readonly Dictionary<Guid, PublishedContent>? _replaced;
    // Ids and routes map to keys rather than records: a page republished in place keeps both, so each journal batch
    // copies only the index by key and shares these two (at 60,000 nodes they are megabytes of large-object heap per batch).
    private readonly Dictionary<int, Guid> _byId;
    private readonly Dictionary<Guid, IReadOnlyList<PublishedContent>> _children;
    private readonly Dictionary<RouteKey, Guid> _byRoute;

    internal PublishedSnapshot(
        long position,
        Dictionary<Guid, PublishedContent> byKey,
        Dictionary<Guid, IReadOnlyList<PublishedContent>> children,
        IReadOnlyList<PublishedContent> roots,
        Dictionary<RouteKey, Guid> byRoute,
        Dictionary<int, Guid>? byId = null,
        Dictionary<Guid, PublishedContent>? replaced = null)
    {
        Position = position;
        _byKey = byKey;
        _replaced = replaced;
        _byId = byId ?? All.ToDictionary(c => c.Id, c => c.Key);
        _children = children;
        _byRoute = byRoute;
        Roots = roots;
    }

    public static PublishedSnapshot Empty { get; } = new(0, [], [], [], []);

    /// <summary>The id of the last change-journal row this snapshot includes.</summary>
    public long Position { get; }

    /// <summary>Every reachable published node (its ancestors are published too).</summary>
    public IReadOnlyCollection<PublishedContent> All => _replaced is null ? _byKey.Values : new ReplacedRecords(_byKey, _replaced);

    public int Count => _byKey.Count;

    /// <summary>Root nodes in sort order.</summary>
    public IReadOnlyList<PublishedContent> Roots { get; }

    public PublishedContent? Find(Guid key) =>
        _replaced is not null && _replaced.TryGetValue(key, out var replaced) ? replaced : _byKey.GetValueOrDefault(key);

    public PublishedContent? Find(int id) => _byId.TryGetValue(id, out var key) ? Find(key) : null;

    /// <summary>A root by key or by its URL segment in any culture.</summary>
    public PublishedContent? FindRoot(string keyOrSegment) =>
        Guid.TryParse(keyOrSegment, out var key)
            ? Roots.FirstOrDefault(r => r.Key == key)
            : Roots.FirstOrDefault(r => r.Cultures.Values.Any(c => string.Equals(c.Segment, keyOrSegment, StringComparison.OrdinalIgnoreCase)));

    /// <summary>The node at a normalised route ("/a/b/") below a root in a culture.</summary>
    public PublishedContent? FindByRoute(Guid rootKey, string culture, string route) =>
        _byRoute.TryGetValue(new RouteKey(rootKey, culture.ToLowerInvariant(), route), out var key) ? Find(key) : null;

    public IReadOnlyList<PublishedContent> Children(Guid key) => _children.GetValueOrDefault(key, NoChildren);

    public IEnumerable<PublishedContent> Ancestors(PublishedContent content)
    {
        for (var parent = content.ParentKey is { } p ? Find(p) : null; parent is not null; parent = parent.ParentKey is { } pp ? Find(pp) : null)
        {
            yield return parent;
        }
    }

    public IEnumerable<PublishedContent> Descendants(PublishedContent content)
    {
        var stack = new Stack<PublishedContent>(Children(content.Key).Reverse());
        while (stack.TryPop(out var next))
        {
            yield return next;
            foreach (var child in Children(next.Key).Reverse())
            {
                stack.Push(child);
            }
        }
    }

    /// <summary>
    /// A snapshot in which the given records replace their namesakes. Only for records whose place in the tree
    /// and routes are unchanged, each route already leading to its key (the builder checks): the indexes that change
    /// are copied; those by route and id lead to the same keys and are shared (no snapshot changes an index once built).
    /// </summary>
    internal PublishedSnapshot WithReplaced(long position, IReadOnlyList<PublishedContent> replacements)
    {
        var replaced = _replaced is null ? new Dictionary<Guid, PublishedContent>(replacements.Count) : new Dictionary<Guid, PublishedContent>(_replaced);
        var byId = replacements.All(r => Find(r.Key) is { } old && old.Id == r.Id) ? _byId : null;
        var children = new Dictionary<Guid, IReadOnlyList<PublishedContent>>(_children);
        var roots = Roots;
        foreach (var replacement in replacements)
        {
            replaced[replacement.Key] = replacement;
            if (replacement.ParentKey is { } parent)
            {
                children[parent] = Replace(children[parent], replacement);
            }
            else
            {
                roots = Replace(roots, replacement);
            }
        }

        if (replaced.Count <= MaxReplaced)
        {
            return new PublishedSnapshot(position, _byKey, children, roots, _byRoute, byId, replaced);
        }

        var byKey = new Dictionary<Guid, PublishedContent>(_byKey);
        foreach (var (key, record) in replaced)
        {
            byKey[key] = record;
        }

        return new PublishedSnapshot(position, byKey, children, roots, _byRoute, byId);
    }

    private static PublishedContent[] Replace(IReadOnlyList<PublishedContent> siblings, PublishedContent replacement) =>
        siblings.Select(s => s.Key == replacement.Key ? replacement : s).ToArray();

    /// <summary>The shared index's records in its order, each replaced one in its place.</summary>
    private sealed class ReplacedRecords(Dictionary<Guid, PublishedContent> byKey, Dictionary<Guid, PublishedContent> replaced) : IReadOnlyCollection<PublishedContent>
    {
        public int Count => byKey.Count;

        public IEnumerator<PublishedContent> GetEnumerator()
        {
            foreach (var record in byKey.Values)
            {
                yield return replaced.TryGetValue(record.Key, out var replacement) ? replacement : record;
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    internal readonly record struct RouteKey(Guid Root, string Culture, string Route);
}
