using Hedershus.Web.Api.Management;
using Microsoft.Net.Http.Headers;

namespace Hedershus.Web.Backoffice.Security;

/// <summary>
/// Backoffice pages (everything under /umbraco but the APIs and the jobs dashboard) get a policy with the request's
/// <see cref="CspNonce"/>: scripts and styles from this origin or carrying the nonce, nothing inline, nothing from
/// elsewhere. Set as the response starts, before the site-wide headers, which leave an existing policy alone.
/// </summary>
public sealed class BackofficeContentSecurityPolicy(RequestDelegate next)
{
    public const string PathPrefix = "/umbraco";

    public Task InvokeAsync(HttpContext context)
    {
        if (AppliesTo(context.Request.Path))
        {
            context.Response.OnStarting(() =>
            {
                context.Response.Headers[HeaderNames.ContentSecurityPolicy] = For(context.RequestServices.GetRequiredService<CspNonce>().Value);
                return Task.CompletedTask;
            });
        }

        return next(context);
    }

    public static string For(string nonce) =>
        $"default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'nonce-{nonce}'; img-src 'self' data:; " +
        "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    private static bool AppliesTo(PathString path) =>
        path.StartsWithSegments(PathPrefix, StringComparison.OrdinalIgnoreCase) &&
        !path.StartsWithSegments(ManagementApi.BasePath, StringComparison.OrdinalIgnoreCase) &&
        !path.StartsWithSegments("/umbraco/jobs", StringComparison.OrdinalIgnoreCase);
}
