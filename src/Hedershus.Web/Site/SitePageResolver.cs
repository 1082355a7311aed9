using Hedershus.Core.Content.Published;
using Hedershus.Core.Content.Routing;
using Hedershus.Core.Delivery;
using Hedershus.Core.Media;
using Hedershus.Web.Site.MethodBank;
using Hedershus.Web.Site.Search;

namespace Hedershus.Web.Site;

/// <summary>What a public path answers: a page, a 301 to where a moved page went, or the culture's 404 page.</summary>
public sealed record SiteAnswer(SiteView? View, string? RedirectTo, int StatusCode);

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
    SiteSearch search)
{
    public async Task<SiteAnswer> ResolveAsync(string? path, IQueryCollection query, CancellationToken cancellationToken)
    {
        var snapshot = snapshots.Current;
        if (ContentRoutes.Normalize(path) is not { } route)
        {
            return NotFound(snapshot, cultures.Default);
        }

        var (culture, relative) = cultures.Split(route);
        var context = new DeliveryContext(snapshot, media.Current, cultures.Chain(culture), null, preview: false);
        if (paths.Resolve(context, relative) is { } match && match.Culture == culture)
        {
            return Ok(views.Content(snapshot, culture, match.Content));
        }

        if (SitePage(snapshot, culture, relative, query) is { } page)
        {
            return Ok(page);
        }

        if (await redirects.FindAsync(context, relative, cancellationToken) is { } moved && cultures.Url(moved.Content, culture) is { } target)
        {
            return new SiteAnswer(null, target, StatusCodes.Status301MovedPermanently);
        }

        return NotFound(snapshot, culture);
    }

    /// <summary>The search page with the hits of a posted search (SAFETY.md S9: the words came in the body).</summary>
    public SiteView Search(string culture, SiteSearchQuery query)
    {
        var snapshot = snapshots.Current;
        return views.Search(snapshot, culture, search.Run(snapshot, culture, query));
    }

    private SiteView? SitePage(PublishedSnapshot snapshot, string culture, string relative, IQueryCollection query)
    {
        var text = SiteTexts.For(culture);
        if (relative == "/" + text.FindHelpSegment + "/")
        {
            return views.HelpFinder(snapshot, culture, query["kommun"].FirstOrDefault(), query["behov"].FirstOrDefault());
        }

        if (relative == "/" + text.MethodBankSegment + "/")
        {
            return views.MethodBank(snapshot, culture, query[MethodBankFinder.TopicParameter].FirstOrDefault(), query[MethodBankFinder.ProfessionParameter].FirstOrDefault());
        }

        // A bookmarked or typed /sok shows the empty form: a query string is never read as search words.
        return relative == "/" + SiteFrameBuilder.SearchSegment + "/" ? views.Search(snapshot, culture, SearchResultsView.Empty) : null;
    }

    private static SiteAnswer Ok(SiteView view) => new(view, null, StatusCodes.Status200OK);

    private SiteAnswer NotFound(PublishedSnapshot snapshot, string culture) =>
        new(views.NotFound(snapshot, culture), null, StatusCodes.Status404NotFound);
}
