using Hedershus.Core.Common;
using Hedershus.Core.Seminars;
using Hedershus.Web.Site;
using Hedershus.Web.Site.Seminars;

namespace Hedershus.Web.Api.Public.Registrations;

/// <summary>
/// The page the link in a registration e-mail opens, in the site's frame: GET shows the registration and buttons;
/// only the buttons' POSTs change anything, so a mail scanner that follows the link cancels nothing. The token is the
/// secret that authorises the POSTs, so they carry no anti-forgery token and the page sets no cookie.
/// </summary>
public static class RegistrantPages
{
    public const string Path = "/seminarier/anmalan/{token}";

    public static IEndpointRouteBuilder MapRegistrantPages(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Path).WithTags("Registrations").ExcludeFromDescription()
            .AddEndpointFilter(RegistrantEndpoints.NoStoreAsync).AddEndpointFilter(NoIndexAsync);
        group.MapGet("/", ShowAsync);
        group.MapPost("/avboka", CancelAsync);
        group.MapPost("/acceptera", AcceptAsync);
        group.MapPost("/avboja", DeclineAsync);
        return endpoints;
    }

    private static Task<IResult> ShowAsync(string token, RegistrantService registrants, RegistrantPageBuilder pages, CancellationToken cancellationToken) =>
        RenderAsync(pages, token, null, () => registrants.FindAsync(token, cancellationToken));

    private static Task<IResult> CancelAsync(string token, RegistrantService registrants, RegistrantPageBuilder pages, CancellationToken cancellationToken) =>
        RenderAsync(pages, token, RegistrantAction.Cancelled, () => registrants.CancelAsync(token, cancellationToken));

    private static Task<IResult> AcceptAsync(string token, RegistrantService registrants, RegistrantPageBuilder pages, CancellationToken cancellationToken) =>
        RenderAsync(pages, token, RegistrantAction.Accepted, () => registrants.AcceptOfferAsync(token, cancellationToken),
            () => registrants.FindAsync(token, cancellationToken));

    private static Task<IResult> DeclineAsync(string token, RegistrantService registrants, RegistrantPageBuilder pages, CancellationToken cancellationToken) =>
        RenderAsync(pages, token, RegistrantAction.Declined, () => registrants.DeclineOfferAsync(token, cancellationToken),
            () => registrants.FindAsync(token, cancellationToken));

    /// <summary>
    /// Runs the action and shows the registration after it. An unknown link shows the site's 404 page; an offer that
    /// lapsed before the answer shows the registration as it is now, saying so.
    /// </summary>
    private static async Task<IResult> RenderAsync(RegistrantPageBuilder pages, string token, RegistrantAction? done,
        Func<Task<RegistrantView>> action, Func<Task<RegistrantView>>? current = null)
    {
        try
        {
            return SiteEndpoints.Page(pages.Build(await action(), token, done), StatusCodes.Status200OK);
        }
        catch (NotFoundException)
        {
            return SiteEndpoints.Page(pages.NotFound(), StatusCodes.Status404NotFound);
        }
        catch (ConflictException) when (current is not null)
        {
            return SiteEndpoints.Page(pages.Build(await current(), token, RegistrantAction.OfferGone), StatusCodes.Status409Conflict);
        }
    }

    // A registrant's page is nobody else's business, search engines' least of all.
    private static async ValueTask<object?> NoIndexAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        context.HttpContext.Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        return await next(context);
    }
}
