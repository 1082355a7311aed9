using Hedershus.Core.Content.Published;
using Hedershus.Core.Content.Routing;
using Hedershus.Core.Delivery;
using Hedershus.Core.Media;

namespace Hedershus.Web.Site;

/// <summary>What a public path answers: a page, a 301 to where a moved page went, or the culture's 404 page.</summary>
public sealed record SiteAnswer(SiteView? View, string? RedirectTo, int StatusCode);

/// <summary>
/// Resolves a public path over the published snapshot with the Delivery API's own path and redirect logic, so the
/// site and the API always agree on what lives where.
/// </summary>
public sealed class SitePageResolver(
    PublishedSnapshotService snapshots,
    MediaSnapshotService media,
    ContentPathResolver paths,
    RedirectLookup redirects,
    SiteCultures cultures,
    SiteViewBuilder views)
{
    public async Task<SiteAnswer> ResolveAsync(string? path, string? municipality, string? need, CancellationToken cancellationToken)
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
            return new SiteAnswer(views.Content(snapshot, culture, match.Content), null, StatusCodes.Status200OK);
        }

        if (relative == "/" + SiteTexts.For(culture).FindHelpSegment + "/")
        {
            return new SiteAnswer(views.HelpFinder(snapshot, culture, municipality, need), null, StatusCodes.Status200OK);
        }

        if (await redirects.FindAsync(context, relative, cancellationToken) is { } moved && cultures.Url(moved.Content, culture) is { } target)
        {
            return new SiteAnswer(null, target, StatusCodes.Status301MovedPermanently);
        }

        return NotFound(snapshot, culture);
    }

    public SiteView Search(string culture) => views.Search(snapshots.Current, culture);

    private SiteAnswer NotFound(PublishedSnapshot snapshot, string culture) =>
        new(views.NotFound(snapshot, culture), null, StatusCodes.Status404NotFound);
}
