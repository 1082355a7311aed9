using Hedershus.Core.Members;
using Hedershus.Core.Networks;
using Hedershus.Web.Site;

namespace Hedershus.Web.Members;

/// <summary>
/// Shows a member page only to a signed-in, active member of its network; everyone else gets a "for members" page
/// with status 403 that names nothing of the page. Member pages are built per request and never kept or cached.
/// </summary>
public sealed class MemberContentGate(MemberPageBuilder pages, MemberAccountService accounts, MembershipService memberships, SiteCultures cultures)
{
    public async Task<IResult> RenderAsync(HttpContext http, SiteAnswer answer, Guid network, CancellationToken cancellationToken)
    {
        http.Response.Headers.CacheControl = "private, no-store";
        http.Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        if (await MayReadAsync(http, network, cancellationToken) && answer.View is { } view)
        {
            return SiteEndpoints.Page(view(), StatusCodes.Status200OK);
        }

        var culture = cultures.Split(http.Request.Path.Value ?? "/").Culture;
        var membersOnly = MemberPageBuilder.View(culture, MemberPageMode.MembersOnly, back: MemberReturnPath.Local(http.Request.Path.Value));
        return SiteEndpoints.Page(pages.Build(membersOnly), StatusCodes.Status403Forbidden);
    }

    /// <summary>Whether the member cookie names an account that is an active member of <paramref name="network"/>.</summary>
    public async Task<bool> MayReadAsync(HttpContext http, Guid network, CancellationToken cancellationToken) =>
        (await ActiveNetworksAsync(http, cancellationToken)).Contains(network);

    /// <summary>
    /// The networks the requesting member is active in: by the member cookie, or by a bearer token when the request
    /// carries one (front-ends of the Delivery API fetch member media that way). Empty for everyone else.
    /// </summary>
    public async Task<IReadOnlySet<Guid>> ActiveNetworksAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var key = await MemberAuthentication.TokenMemberAsync(http) is { } token
            ? token.Succeeded ? MemberAuthentication.KeyOf(token.Principal) : null
            : await MemberAuthentication.CookieMemberAsync(http);
        return key is { } k && await accounts.FindAsync(k, cancellationToken) is Member member
            ? await memberships.ActiveNetworksAsync(member.Email, cancellationToken)
            : new HashSet<Guid>();
    }
}
