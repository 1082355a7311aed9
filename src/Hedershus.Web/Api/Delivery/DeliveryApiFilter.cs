using Hedershus.Web.Backoffice.Security;
using Microsoft.Extensions.Options;

namespace Hedershus.Web.Api.Delivery;

/// <summary>
/// Runs before every Delivery API endpoint (content and media): the <c>Vary</c> header, the Enabled switch,
/// and the <c>Api-Key</c> check for preview (and for everything when public access is off) → 401.
/// </summary>
public sealed class DeliveryApiFilter(IOptions<DeliveryApiOptions> options) : IEndpointFilter
{
    public const string ApiKeyHeader = ApiKeys.HeaderName;
    public const string VaryHeaders = "Accept-Language, Preview, Start-Item, Authorization";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var settings = options.Value;
        var preview = DeliveryRequest.IsPreview(http.Request.Headers);

        // Set when the answer starts, so error answers (made after the response was cleared) carry them too.
        http.Response.OnStarting(() =>
        {
            http.Response.Headers.Vary = VaryHeaders;
            if (preview)
            {
                http.Response.Headers.CacheControl = "no-store";
            }

            return Task.CompletedTask;
        });

        if (!settings.Enabled)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found.", detail: "The Delivery API is not enabled.");
        }

        if ((preview || !settings.PublicAccess) && !ApiKeys.Matches(http.Request.Headers[ApiKeyHeader].ToString(), settings.ApiKey))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "Not authorized.",
                detail: preview ? $"Preview needs the Delivery API key in the '{ApiKeyHeader}' header." : $"Send the Delivery API key in the '{ApiKeyHeader}' header.");
        }

        return await Members.MemberDelivery.AuthenticateAsync(http) ?? await next(context);
    }
}
