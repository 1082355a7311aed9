using Hedershus.Core.Common;
using Hedershus.Core.Content.DocumentTypes;
using Hedershus.Core.Content.Storage;
using Hedershus.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Hedershus.Core.Content.Routing;

/// <summary>
/// Records 301 redirects when published routes change. Routes are read from the database inside the
/// running transaction before and after the change, so moves and renames of whole subtrees are covered.
/// </summary>
public sealed class RedirectRecorder(HedershusDbContext db, DocumentTypeRegistry types, CultureCatalog cultures, TimeProvider clock)
{
    /// <summary>Published routes of <paramref name="subtreeRoot"/> and every node below it, by (key, culture), and the root they hang under.</summary>
    public async Task<PublishedRoutes> RoutesAsync(ContentNode subtreeRoot, CancellationToken cancellationToken)
    {
        var ancestorIds = subtreeRoot.Path.Split(',').Select(int.Parse).Where(id => id != subtreeRoot.Id).ToList();
        var prefix = subtreeRoot.Path + ",";
        var nodes = await db.ContentNodes.AsNoTracking().Include(n => n.Cultures)
            .Where(n => !n.Trashed && (ancestorIds.Contains(n.Id) || n.Id == subtreeRoot.Id || n.Path.StartsWith(prefix)))
            .ToDictionaryAsync(n => n.Id, cancellationToken);
        var memo = new Dictionary<(int, string), string?>();
        var routes = new Dictionary<(Guid, string), string>();
        foreach (var node in nodes.Values.Where(n => n.Id == subtreeRoot.Id || n.Path.StartsWith(prefix, StringComparison.Ordinal)))
        {
            foreach (var culture in cultures.All.Select(c => c.Code))
            {
                if (Route(node, culture, nodes, memo) is { } route)
                {
                    routes[(node.Key, culture)] = route;
                }
            }
        }

        var rootId = int.Parse(subtreeRoot.Path.Split(',')[0]);
        var rootKey = nodes.TryGetValue(rootId, out var root) ? root.Key : subtreeRoot.Key;
        return new PublishedRoutes(rootKey, routes);
    }

    /// <summary>Adds a redirect from every route that changed to its node; a live route never stays a redirect.</summary>
    public async Task RecordAsync(PublishedRoutes before, PublishedRoutes after, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var ((_, culture), route) in after.Routes)
        {
            await db.Redirects.Where(r => r.RootKey == after.RootKey && r.Culture == culture && r.Route == route).ExecuteDeleteAsync(cancellationToken);
        }

        var added = new HashSet<(string Culture, string Route)>();
        foreach (var ((key, culture), oldRoute) in before.Routes)
        {
            var moved = after.Routes.TryGetValue((key, culture), out var newRoute) && (newRoute != oldRoute || after.RootKey != before.RootKey);
            if (!moved || !added.Add((culture, oldRoute)))
            {
                continue;
            }

            var existing = await db.Redirects.FirstOrDefaultAsync(r => r.RootKey == before.RootKey && r.Culture == culture && r.Route == oldRoute, cancellationToken);
            if (existing is null)
            {
                db.Redirects.Add(new RedirectEntry { RootKey = before.RootKey, Culture = culture, Route = oldRoute, NodeKey = key, CreatedAt = now });
            }
            else
            {
                existing.NodeKey = key;
                existing.CreatedAt = now;
            }
        }
    }

    private string? Route(ContentNode node, string culture, Dictionary<int, ContentNode> nodes, Dictionary<(int, string), string?> memo)
    {
        if (memo.TryGetValue((node.Id, culture), out var known))
        {
            return known;
        }

        string? route = null;
        if (PublishedSegment(node, culture) is { } segment)
        {
            if (node.ParentId is null)
            {
                route = ContentRoutes.Root(culture, cultures.Default);
            }
            else if (nodes.TryGetValue(node.ParentId.Value, out var parent) && Route(parent, culture, nodes, memo) is { } parentRoute)
            {
                route = ContentRoutes.Child(parentRoute, segment);
            }
        }

        memo[(node.Id, culture)] = route;
        return route;
    }

    private string? PublishedSegment(ContentNode node, string culture)
    {
        var varies = types.Find(node.ContentType)?.VariesByCulture ?? true;
        var state = node.Cultures.FirstOrDefault(c => c.IsPublished && string.Equals(c.Culture, varies ? culture : cultures.Default, StringComparison.OrdinalIgnoreCase));
        return state?.PublishedSegment;
    }
}

/// <summary>The published routes of a subtree and the key of the root (start item) they are relative to.</summary>
public sealed record PublishedRoutes(Guid RootKey, Dictionary<(Guid Key, string Culture), string> Routes);
