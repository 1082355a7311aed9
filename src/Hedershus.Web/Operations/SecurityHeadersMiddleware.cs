using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Hedershus.Web.Operations;

/// <summary>
/// Security headers on every response, error pages included: headers are added as the response starts, after any
/// exception handler has cleared and rewritten it. No referrer ever leaves the site (SAFETY.md S4).
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next, IOptions<SecurityHeadersOptions> options)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(AddHeaders, context);
        return next(context);
    }

    private Task AddHeaders(object state)
    {
        var headers = ((HttpContext)state).Response.Headers;
        var settings = options.Value;
        if (!headers.ContainsKey(HeaderNames.ContentSecurityPolicy))
        {
            headers.ContentSecurityPolicy = settings.ContentSecurityPolicy;
        }

        headers["Permissions-Policy"] = settings.PermissionsPolicy;
        headers["Referrer-Policy"] = "no-referrer";
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers.Remove(HeaderNames.Server);
        return Task.CompletedTask;
    }
}
