using Hedershus.Web.Members;

namespace Hedershus.Web.Site.Networks;

/// <summary>
/// The network pages that are not content, per language: the join form's POST (same per-client limit as member
/// sign-in, since each post may send an e-mail) and the member directory. Network pages themselves are content,
/// rendered by the site's catch-all through <see cref="NetworkPageBuilder"/>.
/// </summary>
public static class NetworkSiteEndpoints
{
    public static IEndpointRouteBuilder MapNetworkSite(this IEndpointRouteBuilder app)
    {
        foreach (var (culture, _) in NetworkSiteUrls.All)
        {
            app.MapPost(NetworkSiteUrls.Join(culture, Guid.Empty).Replace(Guid.Empty.ToString("D"), "{id:guid}", StringComparison.Ordinal),
                    (Guid id, HttpContext http, NetworkSitePages pages, CancellationToken ct) => pages.JoinAsync(http, culture, id, ct))
                .RequireRateLimiting(MemberAuthentication.SignInRateLimitPolicy).ExcludeFromDescription();
            app.MapGet(NetworkSiteUrls.Directory(culture, Guid.Empty).Replace(Guid.Empty.ToString("D"), "{id:guid}", StringComparison.Ordinal),
                    (Guid id, HttpContext http, NetworkSitePages pages, CancellationToken ct) => pages.DirectoryAsync(http, culture, id, ct))
                .ExcludeFromDescription();
        }

        return app;
    }
}
