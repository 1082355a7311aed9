using Hedershus.Core.Networks;
using Hedershus.Core.Content.Published;
using Hedershus.Core.Content.Routing;
using Hedershus.Core.Delivery;
using Hedershus.Core.Media;
using Hedershus.Web.Site.MethodBank;
using Hedershus.Web.Site.Search;

namespace Hedershus.Web.Site;

/// <summary>
/// What a public path answers: a page (built when it is not kept rendered under <see cref="CacheKey"/>), a 301 to
/// where a moved page went, or the culture's 404 page.
/// </summary>
public sealed record SiteAnswer(int StatusCode, Func<SiteView>? View, string? CacheKey = null, string? RedirectTo = null)
{
    /// <summary>Set for a member page: the network whose active members alone may see it (never kept rendered).</summary>
    public Guid? MembersOf { get; init; }
}

/// <summary>
/// Resolves a public path over the published snapshot with the Delivery API's own path and redirect logic, so the
/// site and the API always agree on what lives where. Content wins over the site's own pages (Hitta hjälp, the method
/// bank, the search page), which answer only where no content lives.
/// </summary>
public sealed class SitePageResolver(
    PublishedSnapshotService snapshots,
    MediaSnapshotService media,
    ContentPathResolver paths,
    RedirectLookup redirects,
    SiteCultures cultures,
    SiteViewBuilder views,
    SiteSearch search,
    HelpFinder helpFinder)
{
    public async Task<SiteAnswer> ResolveAsync(string? path, IQueryCollection query, CancellationToken cancellationToken)
    {
        var snapshot = snapshots.Current;
        if (ContentRoutes.Normalize(path) is not { } route)
        {
            return NotFound(snapshot, cultures.Default);
        }

        var (culture, relative) = cultures.Split(route);
        var context = new DeliveryContext(snapshot, media.Current, cultures.Chain(culture), null, preview: false) { IncludesMemberPages = true };
        if (paths.Resolve(context, relative) is { } match && match.Culture == culture)
        {
            // A content page reads no query string: culture and node are all it depends on.
            var node = match.Content;
            return new SiteAnswer(StatusCodes.Status200OK, () => views.Content(snapshot, culture, node), $"content|{culture}|{node.Key:N}")
            {
                MembersOf = MemberContent.IsRestricted(node) ? MemberContent.NetworkOf(snapshot, node) ?? Guid.Empty : null,
            };
        }

        if (SitePage(snapshot, culture, relative, query) is { } page)
        {
            return new SiteAnswer(StatusCodes.Status200OK, page.View, page.Key);
        }

        if (await redirects.FindAsync(context, relative, cancellationToken) is { } moved && cultures.Url(moved.Content, culture) is { } target)
        {
            return new SiteAnswer(StatusCodes.Status301MovedPermanently, null, RedirectTo: target);
        }

        return NotFound(snapshot, culture);
    }

    /// <summary>The search page with the hits of a posted search (SAFETY.md S9: the words came in the body).</summary>
    public SiteView Search(string culture, SiteSearchQuery query)
    {
        var snapshot = snapshots.Current;
        return views.Search(snapshot, culture, search.Run(snapshot, culture, query));
    }

    /// <summary>The site's own pages; each is keyed by the filter values it accepted, never by the raw query string.</summary>
    private (Func<SiteView> View, string Key)? SitePage(PublishedSnapshot snapshot, string culture, string relative, IQueryCollection query)
    {
        var text = SiteTexts.For(culture);
        if (relative == "/" + text.FindHelpSegment + "/")
        {
            var (municipality, need) = helpFinder.Accept(query["kommun"].FirstOrDefault(), query["behov"].FirstOrDefault());
            return (() => views.HelpFinder(snapshot, culture, municipality, need), $"find|{culture}|{municipality}|{need}");
        }

        if (relative == "/" + text.MethodBankSegment + "/")
        {
            // Which topics count depends on the published methods, so the key is known once the list is made.
            var view = views.MethodBank(snapshot, culture, query[MethodBankFinder.TopicParameter].FirstOrDefault(), query[MethodBankFinder.ProfessionParameter].FirstOrDefault());
            return (() => view, $"methods|{culture}|{view.MethodBank!.Topic}|{view.MethodBank.Profession}");
        }

        // A bookmarked or typed /sok shows the empty form: a query string is never read as search words.
        return relative == "/" + SiteFrameBuilder.SearchSegment + "/" ? (() => views.Search(snapshot, culture, SearchResultsView.Empty), $"search|{culture}") : null;
    }

    private SiteAnswer NotFound(PublishedSnapshot snapshot, string culture) =>
        new(StatusCodes.Status404NotFound, () => views.NotFound(snapshot, culture), $"404|{culture}");
}
