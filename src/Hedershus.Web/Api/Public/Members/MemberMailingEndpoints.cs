using Hedershus.Core.Common;
using Hedershus.Core.Members;
using Hedershus.Core.Networks.Mailings;
using Hedershus.Web.Members;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hedershus.Web.Api.Public.Members;

/// <summary>A network's mailing archive for a signed-in member (bearer token); a network the member is not active in is 404.</summary>
public static class MemberMailingEndpoints
{
    public static IEndpointRouteBuilder MapMemberMailingEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/members/me/networks/{id:guid}/mailings", ListAsync).WithTags("Members").WithName("GetMemberNetworkMailings")
            .RequireAuthorization(MemberAuthentication.TokenPolicy);
        return endpoints;
    }

    private static async Task<Results<Ok<ArchivedMailings>, UnauthorizedHttpResult>> ListAsync(
        Guid id, string? culture, HttpContext http, MemberAccountService accounts, MailingArchive archive, CultureCatalog cultures, CancellationToken cancellationToken)
    {
        http.Response.Headers.CacheControl = "no-store";
        return await accounts.FindAsync(MemberAuthentication.KeyOf(http.User) ?? Guid.Empty, cancellationToken) is { } member
            ? TypedResults.Ok(await archive.ListAsync(id, member.Email, cultures.Normalize(culture) ?? member.Language, cancellationToken))
            : TypedResults.Unauthorized();
    }
}
