using Hedershus.Core.Content.Routing;

namespace Hedershus.Core.Content.Published;

/// <summary>
/// Derives a snapshot from a set of published nodes: tree order, levels and routes per culture. Nodes whose
/// parent is not published are left out (they cannot be reached). Unchanged records are reused.
/// </summary>
public sealed class PublishedSnapshotBuilder(IReadOnlyList<string> cultures, string defaultCulture)
{
    public PublishedSnapshot Build(long position, IReadOnlyDictionary<Guid, PublishedContent> nodes)
    {
        var childrenOf = new Dictionary<Guid, List<PublishedContent>>();
        var roots = new List<PublishedContent>();
        foreach (var node in nodes.Values)
        {
            if (node.ParentKey is not { } parent)
            {
                roots.Add(node);
            }
            else if (nodes.ContainsKey(parent))
            {
                if (!childrenOf.TryGetValue(parent, out var list))
                {
                    childrenOf[parent] = list = [];
                }

                list.Add(node);
            }
        }

        var byKey = new Dictionary<Guid, PublishedContent>(nodes.Count);
        var children = new Dictionary<Guid, IReadOnlyList<PublishedContent>>(childrenOf.Count);
        var byRoute = new Dictionary<PublishedSnapshot.RouteKey, Guid>(nodes.Count * 2);
        var builtRoots = new List<PublishedContent>(roots.Count);
        foreach (var root in Sorted(roots))
        {
            builtRoots.Add(Visit(root, parent: null, childrenOf, byKey, children, byRoute));
        }

        return new PublishedSnapshot(position, byKey, children, builtRoots, byRoute);
    }

    /// <summary>
    /// The fast path for the common change, a page republished in place: when every changed node keeps its
    /// parent, sort order and routes, its record is swapped into a copy of the previous snapshot's indexes
    /// instead of deriving the whole tree again. Null when anything structural changed (the caller rebuilds).
    /// </summary>
    public PublishedSnapshot? TryReplace(PublishedSnapshot previous, long position, IReadOnlyList<PublishedContent> changed)
    {
        var replacements = new List<PublishedContent>(changed.Count);
        foreach (var node in changed)
        {
            if (previous.Find(node.Key) is not { } old || old.ParentKey != node.ParentKey || old.SortOrder != node.SortOrder)
            {
                return null;
            }

            var parent = node.ParentKey is { } p ? previous.Find(p) : null;
            if (node.ParentKey is not null && parent is null)
            {
                return null;
            }

            var built = WithDerived(node, parent);
            if (!SameRoutes(old, built) || !OwnsRoutes(previous, built) || changed.Any(c => c.ParentKey == node.Key))
            {
                return null;
            }

            replacements.Add(built);
        }

        return previous.WithReplaced(position, replacements);
    }

    /// <summary>A full build gives a shared route to the first sibling; replacing must not hand it to another.</summary>
    private static bool OwnsRoutes(PublishedSnapshot previous, PublishedContent built) =>
        built.Cultures.Values.All(c => c.Route is null || previous.FindByRoute(built.RootKey, c.Culture, c.Route)?.Key == built.Key);

    private static bool SameRoutes(PublishedContent old, PublishedContent built) =>
        old.Cultures.Count == built.Cultures.Count
        && built.Cultures.All(c => old.Cultures.TryGetValue(c.Key, out var o) && o.Route == c.Value.Route);

    private PublishedContent Visit(
        PublishedContent node,
        PublishedContent? parent,
        Dictionary<Guid, List<PublishedContent>> childrenOf,
        Dictionary<Guid, PublishedContent> byKey,
        Dictionary<Guid, IReadOnlyList<PublishedContent>> children,
        Dictionary<PublishedSnapshot.RouteKey, Guid> byRoute)
    {
        var built = WithDerived(node, parent);
        byKey[built.Key] = built;
        foreach (var culture in built.Cultures.Values)
        {
            if (culture.Route is not null)
            {
                byRoute.TryAdd(new PublishedSnapshot.RouteKey(built.RootKey, culture.Culture.ToLowerInvariant(), culture.Route), built.Key);
            }
        }

        if (childrenOf.TryGetValue(node.Key, out var kids))
        {
            var builtKids = new List<PublishedContent>(kids.Count);
            foreach (var child in Sorted(kids))
            {
                builtKids.Add(Visit(child, built, childrenOf, byKey, children, byRoute));
            }

            children[built.Key] = builtKids;
        }

        return built;
    }

    private PublishedContent WithDerived(PublishedContent node, PublishedContent? parent)
    {
        var level = parent is null ? 1 : parent.Level + 1;
        var rootKey = parent?.RootKey ?? node.Key;
        var derived = new Dictionary<string, PublishedCulture>(StringComparer.OrdinalIgnoreCase);
        foreach (var culture in CulturesOf(node))
        {
            string? route = parent is null
                ? ContentRoutes.Root(culture.Culture, defaultCulture)
                : parent.Cultures.GetValueOrDefault(culture.Culture)?.Route is { } parentRoute ? ContentRoutes.Child(parentRoute, culture.Segment) : null;
            derived[culture.Culture] = culture.Route == route ? culture : culture with { Route = route };
        }

        var unchanged = node.Level == level && node.RootKey == rootKey && derived.Count == node.Cultures.Count
            && derived.All(d => node.Cultures.TryGetValue(d.Key, out var old) && ReferenceEquals(old, d.Value));
        return unchanged ? node : node with { Level = level, RootKey = rootKey, Cultures = derived };
    }

    /// <summary>An invariant node serves every culture with its one set of values.</summary>
    private IEnumerable<PublishedCulture> CulturesOf(PublishedContent node)
    {
        if (node.VariesByCulture || node.Cultures.Count == 0)
        {
            return node.Cultures.Values;
        }

        var only = node.Cultures.GetValueOrDefault(defaultCulture) ?? node.Cultures.Values.First();
        return cultures.Select(c => node.Cultures.TryGetValue(c, out var existing) ? existing : only with { Culture = c, Route = null });
    }

    private static IEnumerable<PublishedContent> Sorted(List<PublishedContent> nodes) =>
        nodes.OrderBy(n => n.SortOrder).ThenBy(n => n.Id);
}
