using Hedershus.Core.Common;
using Hedershus.Core.Members;
using Hedershus.Core.Networks.Mailings;
using Hedershus.Web.Site;

namespace Hedershus.Web.Members.Mailings;

/// <summary>
/// A network's mailing archive on the member pages (/medlem/utskick/{network}, /en/member/mailings/{network}): for a
/// signed-in active member of the network; signed out → the sign-in page; anyone else → the "for members" page (403).
/// </summary>
public static class MailingArchiveEndpoints
{
    public static IEndpointRouteBuilder MapMailingArchive(this IEndpointRouteBuilder app)
    {
        foreach (var culture in new[] { "sv", "en" })
        {
            app.MapGet(MailingPaths.Archive(culture, Guid.Empty).Replace(Guid.Empty.ToString("D"), "{id:guid}", StringComparison.Ordinal),
                    (Guid id, HttpContext http, MailingArchive archive, MemberAccountService accounts, MailingPageBuilder pages, MemberPageBuilder memberPages,
                        CancellationToken ct) => ShowAsync(http, culture, id, archive, accounts, pages, memberPages, ct))
                .ExcludeFromDescription();
        }

        return app;
    }

    private static async Task<IResult> ShowAsync(HttpContext http, string culture, Guid network, MailingArchive archive, MemberAccountService accounts,
        MailingPageBuilder pages, MemberPageBuilder memberPages, CancellationToken cancellationToken)
    {
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        if (await MemberAuthentication.CookieMemberAsync(http) is not { } key || await accounts.FindAsync(key, cancellationToken) is not { } member)
        {
            return TypedResults.Redirect(MemberReturnPath.SignInUrl(MemberRoutes.For(culture), http.Request.Path.Value));
        }

        try
        {
            return SiteEndpoints.Page(pages.Archive(culture, await archive.ListAsync(network, member.Email, culture, cancellationToken)), StatusCodes.Status200OK);
        }
        catch (NotFoundException)
        {
            return SiteEndpoints.Page(memberPages.Build(MemberPageBuilder.View(culture, MemberPageMode.MembersOnly)), StatusCodes.Status403Forbidden);
        }
    }
}
