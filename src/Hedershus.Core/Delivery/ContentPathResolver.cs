using Hedershus.Core.Common;
using Hedershus.Core.Content.Published;
using Hedershus.Core.Content.Routing;

namespace Hedershus.Core.Delivery;

/// <summary>A node found by path, and the culture (head of a fallback chain) to serve it in.</summary>
public readonly record struct RouteMatch(PublishedContent Content, string Culture);

/// <summary>A full route to look up in one culture, and the culture to serve a match in.</summary>
public readonly record struct RouteCandidate(string Culture, string Route, string ServeIn);

/// <summary>
/// Finds content by a path relative to the request's root. "/vagledning/" is looked up in the requested culture
/// and its fallbacks (a non-default culture's routes carry its prefix, "/en/…", which is added); a path that
/// starts with a culture prefix ("/en/guidance/") is also found in that culture.
/// </summary>
public sealed class ContentPathResolver(CultureCatalog cultures)
{
    public RouteMatch? Resolve(DeliveryContext context, string? path)
    {
        var route = ContentRoutes.Normalize(path);
        if (route is null || context.Root is not { } root)
        {
            return null;
        }

        foreach (var candidate in Candidates(context, route))
        {
            if (context.Snapshot.FindByRoute(root.Key, candidate.Culture, candidate.Route) is { } found)
            {
                return new RouteMatch(found, candidate.ServeIn);
            }
        }

        return null;
    }

    /// <summary>
    /// The full routes, per culture, a normalised relative path may stand for, best first, with the culture to
    /// serve a match in: the requested one, or the culture a path prefix names.
    /// </summary>
    public IEnumerable<RouteCandidate> Candidates(DeliveryContext context, string route)
    {
        foreach (var culture in context.Cultures)
        {
            yield return new RouteCandidate(culture, Qualify(culture, route), context.Culture);
        }

        if (PrefixCulture(route) is { } prefixed && !context.Cultures.Contains(prefixed, StringComparer.OrdinalIgnoreCase))
        {
            yield return new RouteCandidate(prefixed, route, prefixed);
        }
    }

    /// <summary>A relative route as the culture spells it: "/guidance/" in "en" is "/en/guidance/".</summary>
    public string Qualify(string culture, string route)
    {
        var prefix = ContentRoutes.Root(culture, cultures.Default);
        return route.StartsWith(prefix, StringComparison.Ordinal) ? route : prefix + route[1..];
    }

    /// <summary>The non-default culture whose prefix starts the route ("/en/…" → "en"), or null.</summary>
    public string? PrefixCulture(string route)
    {
        var end = route.IndexOf('/', 1);
        if (end < 0)
        {
            return null;
        }

        var culture = cultures.Normalize(route[1..end]);
        return culture is null || culture == cultures.Default ? null : culture;
    }
}
