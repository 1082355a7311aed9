using Hedershus.Core.Common;
using Hedershus.Core.Seminars;
using Hedershus.Web.Site.Components;
using Hedershus.Web.Site.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hedershus.Web.Site;

/// <summary>
/// The public site: every GET/HEAD path no other endpoint claims, rendered from the published snapshot. Mapped as a
/// catch-all with the lowest precedence, so /umbraco, /api, /media and /health keep their own endpoints, and with
/// the <c>nonfile</c> constraint, so static files (site.css, favicon.ico) are served by the static-file middleware.
/// </summary>
public static class SiteEndpoints
{
    private const string HtmlContentType = "text/html; charset=utf-8";
    private static readonly string[] ReservedPrefixes = ["/api/", "/umbraco/", "/media/", "/health/"];

    public static IEndpointRouteBuilder MapPublicSite(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/{**path:nonfile}", [HttpMethods.Get, HttpMethods.Head], RenderPageAsync).WithName("SitePage").ExcludeFromDescription();

        // The search form posts, so search terms never reach a URL or the history (SAFETY.md S9).
        app.MapPost("/" + SiteFrameBuilder.SearchSegment, RenderSearchAsync).WithName("SiteSearch").ExcludeFromDescription();
        app.MapPost("/{culture}/" + SiteFrameBuilder.SearchSegment, RenderSearchAsync).WithName("SiteSearchInCulture").ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> RenderPageAsync(
        HttpContext http,
        SitePageResolver resolver,
        SitePageRenderer renderer,
        SitePageCache cache,
        Seminars.SeminarPageBuilder seminars,
        CancellationToken cancellationToken)
    {
        var path = http.Request.Path.Value ?? "/";
        if (ReservedPrefixes.Any(p => (path + "/").StartsWith(p, StringComparison.OrdinalIgnoreCase)))
        {
            return TypedResults.NotFound();
        }

        var sources = cache.Sources();
        var answer = await resolver.ResolveAsync(path, http.Request.Query, cancellationToken);
        if (answer.RedirectTo is { } location)
        {
            return TypedResults.Redirect(location, permanent: true);
        }

        if (answer.MembersOf is { } network)
        {
            return await http.RequestServices.GetRequiredService<Members.MemberContentGate>().RenderAsync(http, answer, network, cancellationToken);
        }

        if (HttpMethods.IsHead(http.Request.Method))
        {
            // Kestrel drops a HEAD body anyway; not rendering one saves the work and keeps every server honest.
            http.Response.ContentType = HtmlContentType;
            return TypedResults.StatusCode(answer.StatusCode);
        }

        var page = cache.Find(answer.CacheKey);
        if (page is not null)
        {
            return await HtmlAsync(http, page, answer.StatusCode, cancellationToken);
        }

        var view = answer.View!();
        if (view.Content?.Node.ContentType == Seminar.ContentType)
        {
            // A seminar's page shows seats left and the registration form with its own tokens (Site/Seminars), so
            // it is built for every request and never kept.
            return Page(await seminars.ShowAsync(http, view, cancellationToken), answer.StatusCode);
        }

        if (view.Content?.Node.ContentType == Core.Networks.MemberContent.NetworkType)
        {
            // A network's page carries the join form's token and the network's upcoming seminars: built per request too.
            var networks = http.RequestServices.GetRequiredService<Networks.NetworkPageBuilder>();
            return Page(await networks.BuildAsync(http, view, Networks.JoinFormState.Blank, cancellationToken), answer.StatusCode);
        }

        page = await renderer.RenderAsync(view);
        cache.Store(answer.CacheKey, sources, page);
        return await HtmlAsync(http, page, answer.StatusCode, cancellationToken);
    }

    /// <summary>
    /// The words and filters are read from the body and never written anywhere; the answer is not stored by the
    /// browser or a proxy, so the words do not linger in a cache either.
    /// </summary>
    private static async Task<IResult> RenderSearchAsync(
        string? culture, HttpContext http, SitePageResolver resolver, SitePageRenderer renderer, CultureCatalog cultures, CancellationToken cancellationToken)
    {
        var known = culture is null ? cultures.Default : cultures.Normalize(culture);
        if (known is null)
        {
            return TypedResults.NotFound();
        }

        var query = await SiteSearchForm.ReadAsync(http.Request, SiteSearch.Facets, cancellationToken);
        http.Response.Headers.CacheControl = "no-store";
        return await HtmlAsync(http, await renderer.RenderAsync(resolver.Search(known, query)), StatusCodes.Status200OK, cancellationToken);
    }

    internal static RazorComponentResult Page(SiteView view, int statusCode) =>
        new RazorComponentResult<SitePage>(new Dictionary<string, object?> { [nameof(SitePage.View)] = view })
        {
            StatusCode = statusCode,
            ContentType = "text/html; charset=utf-8",
        };

    private static async Task<IResult> HtmlAsync(HttpContext http, byte[] page, int statusCode, CancellationToken cancellationToken)
    {
        http.Response.StatusCode = statusCode;
        http.Response.ContentType = HtmlContentType;
        http.Response.ContentLength = page.Length;
        await http.Response.Body.WriteAsync(page, cancellationToken);
        return TypedResults.Empty;
    }
}
