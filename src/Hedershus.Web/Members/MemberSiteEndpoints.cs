using Hedershus.Core.Members;
using Hedershus.Web.Backoffice.Security;
using Microsoft.AspNetCore.Authentication;

namespace Hedershus.Web.Members;

/// <summary>
/// The member pages on the site, per language (/medlem/…, /en/member/…): sign-in by code or e-mailed link, and the
/// account page. No page sets a cookie before sign-in (S7); the link's GET only shows a button, its POST signs in.
/// </summary>
public static class MemberSiteEndpoints
{
    public static IEndpointRouteBuilder MapMemberSite(this IEndpointRouteBuilder app)
    {
        foreach (var routes in MemberRoutes.All)
        {
            var culture = routes.Culture;
            var group = app.MapGroup("").ExcludeFromDescription().AddEndpointFilter(PrivateAsync);
            group.MapGet(routes.Home, (HttpContext http, MemberSitePages pages, CancellationToken ct) => pages.AccountAsync(http, culture, null, ct));
            group.MapGet(routes.SignIn, (HttpContext http, MemberSitePages pages) => pages.ShowSignIn(http, culture));
            group.MapPost(routes.SignIn, (HttpContext http, MemberSitePages pages, CancellationToken ct) => pages.RequestCodeAsync(http, culture, ct))
                .RequireRateLimiting(MemberAuthentication.SignInRateLimitPolicy);
            group.MapPost(routes.Code, (HttpContext http, MemberSitePages pages, CancellationToken ct) => pages.RedeemCodeAsync(http, culture, ct))
                .RequireRateLimiting(MemberAuthentication.SignInRateLimitPolicy);
            group.MapGet(routes.SignIn + "/{token}", (string token, MemberSitePages pages) => pages.ShowSignInLink(culture, token));
            group.MapPost(routes.SignIn + "/{token}", (string token, HttpContext http, MemberSitePages pages, CancellationToken ct) => pages.RedeemLinkAsync(http, culture, token, ct))
                .RequireRateLimiting(MemberAuthentication.SignInRateLimitPolicy);
            group.MapPost(routes.Profile, (HttpContext http, MemberSitePages pages, CancellationToken ct) => pages.SaveProfileAsync(http, culture, ct))
                .AddEndpointFilter(AntiforgeryCheck.FormFilterAsync);
            group.MapPost(routes.Leave + "/{id:guid}", (Guid id, HttpContext http, MemberSitePages pages, CancellationToken ct) => pages.LeaveAsync(http, culture, id, ct))
                .AddEndpointFilter(AntiforgeryCheck.FormFilterAsync);
            group.MapPost(routes.Delete, (HttpContext http, MemberSitePages pages, CancellationToken ct) => pages.DeleteAsync(http, culture, ct))
                .AddEndpointFilter(AntiforgeryCheck.FormFilterAsync);
            group.MapPost(routes.SignOut, (Delegate)SignOutAsync).AddEndpointFilter(AntiforgeryCheck.FormFilterAsync);
        }

        var confirm = app.MapGroup(MemberPaths.ConfirmMembership + "{token}").ExcludeFromDescription().AddEndpointFilter(PrivateAsync);
        confirm.MapGet("", (string token, MemberSitePages pages, CancellationToken ct) => pages.ConfirmationAsync(token, confirm: false, ct));
        confirm.MapPost("", (string token, MemberSitePages pages, CancellationToken ct) => pages.ConfirmationAsync(token, confirm: true, ct));
        return app;
    }

    private static async Task<IResult> SignOutAsync(HttpContext http)
    {
        await http.SignOutAsync(MemberAuthentication.CookieScheme);
        return TypedResults.Redirect("/");
    }

    // A member's page is nobody else's business: not kept by a browser or proxy, not indexed.
    private static async ValueTask<object?> PrivateAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        context.HttpContext.Response.Headers.CacheControl = "no-store";
        context.HttpContext.Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        return await next(context);
    }
}
