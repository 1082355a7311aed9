using Hedershus.Core.Common;

namespace Hedershus.Web.Site.Seminars;

/// <summary>
/// The seminar pages that are not content: the calendar in every culture ("/seminarier/", "/en/seminars/") and the
/// registration form's POST. Seminar pages themselves are content, rendered by the site's catch-all.
/// </summary>
public static class SeminarSiteEndpoints
{
    public static IEndpointRouteBuilder MapSeminarSite(this IEndpointRouteBuilder app)
    {
        var urls = app.ServiceProvider.GetRequiredService<SeminarSiteUrls>();
        foreach (var (_, calendar) in urls.All())
        {
            app.MapMethods(calendar, [HttpMethods.Get, HttpMethods.Head], ShowCalendarAsync).ExcludeFromDescription();
            app.MapPost(calendar + "/{id:guid}/" + SeminarSiteUrls.RegisterSegment, RegisterAsync).ExcludeFromDescription();
        }

        return app;
    }

    private static async Task<IResult> ShowCalendarAsync(HttpContext http, SiteCultures cultures, SeminarCalendarBuilder calendar, CancellationToken cancellationToken)
    {
        var view = await calendar.BuildAsync(CultureOf(http, cultures), http.Request.Query, cancellationToken);
        return SiteEndpoints.Page(view, StatusCodes.Status200OK);
    }

    private static Task<IResult> RegisterAsync(Guid id, HttpContext http, SiteCultures cultures, RegistrationFormHandler handler, CancellationToken cancellationToken) =>
        handler.HandleAsync(http, CultureOf(http, cultures), id, cancellationToken);

    // The routes are mapped per culture, so the path's prefix names the culture.
    private static string CultureOf(HttpContext http, SiteCultures cultures) => cultures.Split(http.Request.Path.Value ?? "/").Culture;
}
