namespace Hedershus.Core.Content.Published;

/// <summary>
/// Everything published, in memory, immutable. Lookups by key, id and route are dictionary hits. A new
/// snapshot replaces the old one atomically when journal rows are applied.
/// </summary>
public sealed class PublishedSnapshot
{
    private static readonly IReadOnlyList<PublishedContent> NoChildren = [];

    private readonly Dictionary<Guid, PublishedContent> _byKey;
    private readonly Dictionary<int, PublishedContent> _byId;
    private readonly Dictionary<Guid, IReadOnlyList<PublishedContent>> _children;
    private readonly Dictionary<RouteKey, PublishedContent> _byRoute;

    internal PublishedSnapshot(
        long position,
        Dictionary<Guid, PublishedContent> byKey,
        Dictionary<Guid, IReadOnlyList<PublishedContent>> children,
        IReadOnlyList<PublishedContent> roots,
        Dictionary<RouteKey, PublishedContent> byRoute,
        Dictionary<int, PublishedContent>? byId = null)
    {
        Position = position;
        _byKey = byKey;
        _byId = byId ?? byKey.Values.ToDictionary(c => c.Id);
        _children = children;
        _byRoute = byRoute;
        Roots = roots;
    }

    public static PublishedSnapshot Empty { get; } = new(0, [], [], [], []);

    /// <summary>The id of the last change-journal row this snapshot includes.</summary>
    public long Position { get; }

    /// <summary>Every reachable published node (its ancestors are published too).</summary>
    public IReadOnlyCollection<PublishedContent> All => _byKey.Values;

    public int Count => _byKey.Count;

    /// <summary>Root nodes in sort order.</summary>
    public IReadOnlyList<PublishedContent> Roots { get; }

    public PublishedContent? Find(Guid key) => _byKey.GetValueOrDefault(key);

    public PublishedContent? Find(int id) => _byId.GetValueOrDefault(id);

    /// <summary>A root by key or by its URL segment in any culture.</summary>
    public PublishedContent? FindRoot(string keyOrSegment) =>
        Guid.TryParse(keyOrSegment, out var key)
            ? Roots.FirstOrDefault(r => r.Key == key)
            : Roots.FirstOrDefault(r => r.Cultures.Values.Any(c => string.Equals(c.Segment, keyOrSegment, StringComparison.OrdinalIgnoreCase)));

    /// <summary>The node at a normalised route ("/a/b/") below a root in a culture.</summary>
    public PublishedContent? FindByRoute(Guid rootKey, string culture, string route) =>
        _byRoute.GetValueOrDefault(new RouteKey(rootKey, culture.ToLowerInvariant(), route));

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
    /// and routes are unchanged (the builder checks); every index is copied, never shared mutably.
    /// </summary>
    internal PublishedSnapshot WithReplaced(long position, IReadOnlyList<PublishedContent> replacements)
    {
        var byKey = new Dictionary<Guid, PublishedContent>(_byKey);
        var byId = new Dictionary<int, PublishedContent>(_byId);
        var byRoute = new Dictionary<RouteKey, PublishedContent>(_byRoute);
        var children = new Dictionary<Guid, IReadOnlyList<PublishedContent>>(_children);
        var roots = Roots;
        foreach (var replacement in replacements)
        {
            byKey[replacement.Key] = replacement;
            byId[replacement.Id] = replacement;
            foreach (var culture in replacement.Cultures.Values.Where(c => c.Route is not null))
            {
                byRoute[new RouteKey(replacement.RootKey, culture.Culture.ToLowerInvariant(), culture.Route!)] = replacement;
            }

            if (replacement.ParentKey is { } parent)
            {
                children[parent] = Replace(children[parent], replacement);
            }
            else
            {
                roots = Replace(roots, replacement);
            }
        }

        return new PublishedSnapshot(position, byKey, children, roots, byRoute, byId);
    }

    private static PublishedContent[] Replace(IReadOnlyList<PublishedContent> siblings, PublishedContent replacement) =>
        siblings.Select(s => s.Key == replacement.Key ? replacement : s).ToArray();

    internal readonly record struct RouteKey(Guid Root, string Culture, string Route);
}
