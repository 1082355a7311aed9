using Hedershus.Core.Content.Published;

namespace Hedershus.Web.Site;

/// <summary>Links for one visitor's culture over one snapshot: content links follow moves and keep the visitor's language.</summary>
public sealed class SiteLinker(PublishedSnapshot snapshot, SiteCultures cultures, string culture)
{
    public PublishedSnapshot Snapshot => snapshot;

    public string? Url(PublishedContent content) => cultures.Url(content, culture);

    public string Name(PublishedContent content) => cultures.Served(content, culture)?.Name ?? "";

    public SiteLinkView? ToView(PublishedContent content, bool withSummary = false)
    {
        if (cultures.Served(content, culture) is not { } served || Url(content) is not { } href)
        {
            return null;
        }

        var summary = withSummary && served.Properties.TryGetValue("summary", out var s) && s.ValueKind == System.Text.Json.JsonValueKind.String ? s.GetString() : null;
        var tag = cultures.LanguageTag(served.Culture);
        return new SiteLinkView(served.Name, href, false, summary, tag == cultures.LanguageTag(culture) ? null : tag);
    }

    /// <summary>A stored link as the visitor follows it; null when it points at content that is not published.</summary>
    public SiteLinkView? Resolve(StoredLink link)
    {
        if (link.ContentKey is { } key)
        {
            return snapshot.Find(key) is { } target && ToView(target) is { } view
                ? string.IsNullOrWhiteSpace(link.Title) ? view : view with { Title = link.Title, LanguageTag = null }
                : null;
        }

        if (string.IsNullOrWhiteSpace(link.Url))
        {
            return null;
        }

        // "/metodbank/" parses as an absolute file: URI on Unix, so a site path is told apart by its leading slash.
        var external = !link.Url.StartsWith('/') && Uri.TryCreate(link.Url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
        return new SiteLinkView(string.IsNullOrWhiteSpace(link.Title) ? link.Url : link.Title, link.Url, external);
    }

    public IReadOnlyList<SiteLinkView> Resolve(IEnumerable<StoredLink> links) =>
        links.Select(Resolve).OfType<SiteLinkView>().ToList();

    public IReadOnlyList<SiteLinkView> Children(PublishedContent content, params string[] types) =>
        snapshot.Children(content.Key)
            .Where(c => types.Length == 0 || types.Contains(c.ContentType, StringComparer.Ordinal))
            .Where(c => !Core.Networks.MemberContent.IsRestricted(c)) // a kept page is the same for everyone: members find theirs on /medlem/
            .Select(c => ToView(c, withSummary: true)).OfType<SiteLinkView>().ToList();
}
