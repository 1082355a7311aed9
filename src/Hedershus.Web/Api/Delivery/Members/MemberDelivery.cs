using Hedershus.Core.Networks;
using Hedershus.Web.Members;

namespace Hedershus.Web.Api.Delivery.Members;

/// <summary>
/// Member pages in the Delivery API: a request with <c>Authorization: Bearer {member token}</c> (from
/// <c>/api/members/sign-in/code</c> or <c>/link</c>) also reads the member pages of the networks the member is active
/// in. A bad or expired bearer token is a 401; without one, member pages do not exist for the caller.
/// </summary>
public static class MemberDelivery
{
    private const string NetworksKey = "hedershus.member-networks";

    /// <summary>Null to go on; a 401 answer for a token that is not a valid member token.</summary>
    public static async Task<IResult?> AuthenticateAsync(HttpContext http)
    {
        // Only a bearer token is ours to judge; other schemes (a proxy's Basic login) pass as anonymous callers.
        if (await MemberAuthentication.TokenMemberAsync(http) is not { } result)
        {
            return null;
        }

        if (!result.Succeeded || MemberAuthentication.EmailOf(result.Principal) is not { } email)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Not authorized.",
                detail: "Send a member token from /api/members/sign-in as 'Authorization: Bearer {token}', or no Authorization header.");
        }

        var memberships = http.RequestServices.GetRequiredService<MembershipService>();
        http.Items[NetworksKey] = await memberships.ActiveNetworksAsync(email, http.RequestAborted);
        return null;
    }

    public static IReadOnlySet<Guid>? NetworksOf(HttpContext http) => http.Items.TryGetValue(NetworksKey, out var value) ? value as IReadOnlySet<Guid> : null;
}
