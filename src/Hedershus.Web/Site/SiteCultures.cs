using Hedershus.Core.Common;
using Hedershus.Core.Content.Published;
using Hedershus.Core.Content.Routing;

namespace Hedershus.Web.Site;

/// <summary>
/// How the site spells cultures in URLs and reads content in them. The site always ends a fallback chain with the
/// default culture, so a visitor never meets a blank page where Swedish text exists.
/// </summary>
public sealed class SiteCultures(CultureCatalog catalog)
{
    public string Default => catalog.Default;

    public IReadOnlyList<CultureDefinition> All => catalog.All;

    /// <summary>The culture, its configured fallbacks, then the default culture.</summary>
    public IReadOnlyList<string> Chain(string culture)
    {
        var chain = catalog.WithFallbacks(culture).ToList();
        if (!chain.Contains(catalog.Default, StringComparer.OrdinalIgnoreCase))
        {
            chain.Add(catalog.Default);
        }

        return chain;
    }

    /// <summary>Splits "/en/guidance/x/" into ("en", "/guidance/x/"); a path without a known non-default prefix is the default culture's.</summary>
    public (string Culture, string RelativeRoute) Split(string route)
    {
        var end = route.IndexOf('/', 1);
        if (end > 0 && catalog.Normalize(route[1..end]) is { } culture && culture != catalog.Default)
        {
            return (culture, route[end..]);
        }

        return (catalog.Default, route);
    }

    public string Root(string culture) => ContentRoutes.Root(culture, catalog.Default);

    /// <summary>The culture a node is read in for a visitor of <paramref name="culture"/>: the first in the chain it is routable in.</summary>
    public PublishedCulture? Served(PublishedContent content, string culture)
    {
        foreach (var candidate in Chain(culture))
        {
            if (content.Cultures.TryGetValue(candidate, out var published) && published.Route is not null)
            {
                return published;
            }
        }

        return null;
    }

    /// <summary>
    /// The URL of a node for a visitor of <paramref name="culture"/>: its own route in that culture, else the route
    /// of the culture it falls back to, under the visitor's prefix (so the visitor stays in their language).
    /// </summary>
    public string? Url(PublishedContent content, string culture)
    {
        if (Served(content, culture) is not { Route: { } route } served)
        {
            return null;
        }

        return Root(culture) + route[Root(served.Culture).Length..];
    }

    /// <summary>The value of the HTML lang attribute for a culture.</summary>
    public string LanguageTag(string culture) => catalog.Find(culture) is { } c ? c.LanguageTag ?? c.Code : culture;

    public bool RightToLeft(string culture) => catalog.Find(culture)?.RightToLeft ?? false;
}
