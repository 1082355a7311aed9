using Hedershus.Core.Common;
using Hedershus.Core.Networks.Mailings;
using Hedershus.Web.Members.Mailings;
using Hedershus.Web.Site;

namespace Hedershus.Web.Api.Public.Networks;

/// <summary>
/// The unsubscribe address of every mailing message (RFC 8058 one-click). POST unsubscribes the recipient from that
/// network's mailings (idempotent): 204 for a mail provider or front-end, the confirmation page for a browser's form.
/// GET only shows a page with the button, because mail scanners follow links. An unknown token is 404 and says nothing.
/// No cookie either way (SAFETY.md S7).
/// </summary>
public static class UnsubscribeEndpoints
{
    public const string Route = "/api/unsubscribe/{token}";

    public static IEndpointRouteBuilder MapUnsubscribeEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Route).WithTags("Networks").AddEndpointFilter(PrivateAsync);
        group.MapGet("", ShowAsync).WithName("ShowUnsubscribe").ExcludeFromDescription();
        group.MapPost("", UnsubscribeAsync).WithName("Unsubscribe").DisableAntiforgery();
        return endpoints;
    }

    private static async Task<IResult> ShowAsync(string token, MailingUnsubscription unsubscription, MailingPageBuilder pages, CancellationToken cancellationToken)
    {
        try
        {
            return SiteEndpoints.Page(pages.Unsubscribe(await unsubscription.FindAsync(token, cancellationToken), Action(token)), StatusCodes.Status200OK);
        }
        catch (NotFoundException)
        {
            return SiteEndpoints.Page(pages.Unsubscribe(null, Action(token)), StatusCodes.Status404NotFound);
        }
    }

    /// <summary>The body a mail provider sends (<c>List-Unsubscribe=One-Click</c>) is not needed: the token says everything.</summary>
    private static async Task<IResult> UnsubscribeAsync(
        string token, HttpContext http, MailingUnsubscription unsubscription, MailingPageBuilder pages, CancellationToken cancellationToken)
    {
        if (!WantsHtml(http.Request))
        {
            await unsubscription.UnsubscribeAsync(token, cancellationToken);
            return TypedResults.NoContent();
        }

        try
        {
            return SiteEndpoints.Page(pages.Unsubscribe(await unsubscription.UnsubscribeAsync(token, cancellationToken), Action(token)), StatusCodes.Status200OK);
        }
        catch (NotFoundException)
        {
            return SiteEndpoints.Page(pages.Unsubscribe(null, Action(token)), StatusCodes.Status404NotFound);
        }
    }

    private static string Action(string token) => MailingPaths.Unsubscribe + Uri.EscapeDataString(token);

    private static bool WantsHtml(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    private static async ValueTask<object?> PrivateAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        context.HttpContext.Response.Headers.CacheControl = "no-store";
        context.HttpContext.Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        return await next(context);
    }
}
