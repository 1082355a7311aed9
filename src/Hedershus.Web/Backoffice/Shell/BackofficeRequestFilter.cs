using Microsoft.AspNetCore.Antiforgery;

namespace Hedershus.Web.Backoffice.Shell;

/// <summary>
/// On every backoffice page: nothing is cached (drafts and previews are private), and every form post must carry
/// the anti-forgery token or is refused with 400 before it reaches a handler.
/// </summary>
public sealed class BackofficeRequestFilter(IAntiforgery antiforgery) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        http.Response.Headers.CacheControl = "no-store";
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method))
        {
            try
            {
                await antiforgery.ValidateRequestAsync(http);
            }
            catch (AntiforgeryValidationException)
            {
                return TypedResults.Problem(
                    statusCode: StatusCodes.Status400BadRequest,
                    title: "The form has expired.",
                    detail: "The form was sent without a valid anti-forgery token. Go back, reload the page and send it again.");
            }
        }

        return await next(context);
    }
}
