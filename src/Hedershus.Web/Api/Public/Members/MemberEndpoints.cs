using Hedershus.Core.Members;
using Hedershus.Core.Networks;
using Hedershus.Web.Api.Public.Networks;
using Hedershus.Web.Members;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hedershus.Web.Api.Public.Members;

/// <summary>
/// Member sign-in and the member's own data for front-ends, with a bearer token (never the site's cookie, so a
/// forged cross-site request has nothing to ride on). Asking for a code answers 202 whatever the address.
/// </summary>
public static class MemberEndpoints
{
    public static IEndpointRouteBuilder MapMemberEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var signIn = endpoints.MapGroup("/api/members/sign-in").WithTags("Members").RequireRateLimiting(MemberAuthentication.SignInRateLimitPolicy);
        signIn.MapPost("/", RequestCodeAsync).WithName("RequestMemberSignIn");
        signIn.MapPost("/code", RedeemCodeAsync).WithName("MemberSignInWithCode");
        signIn.MapPost("/link", RedeemLinkAsync).WithName("MemberSignInWithLink");

        var me = endpoints.MapGroup("/api/members/me").WithTags("Members").RequireAuthorization(MemberAuthentication.TokenPolicy)
            .AddEndpointFilter(NoStoreAsync);
        me.MapGet("/", GetAsync).WithName("GetMember");
        me.MapPut("/", UpdateAsync).WithName("UpdateMember");
        me.MapDelete("/", DeleteAsync).WithName("DeleteMember");
        me.MapGet("/registrations", RegistrationsAsync).WithName("GetMemberRegistrations");
        me.MapGet("/networks", NetworksAsync).WithName("GetMemberNetworks");
        me.MapDelete("/networks/{id:guid}", LeaveAsync).WithName("LeaveNetwork");
        return endpoints;
    }

    private static async Task<Accepted<SignInRequested>> RequestCodeAsync(SignInRequest body, MemberSignInService signIns, CancellationToken cancellationToken)
    {
        await signIns.RequestAsync(body.Email, body.Language, cancellationToken);
        return TypedResults.Accepted((string?)null, new SignInRequested("If the address can receive mail, a code and a link are on their way."));
    }

    private static async Task<SignInHttpResult> RedeemCodeAsync(CodeSignIn body, MemberSignInService signIns, CancellationToken cancellationToken) =>
        TypedResults.SignIn(MemberAuthentication.Principal(await signIns.RedeemCodeAsync(body.Email, body.Code, cancellationToken), MemberAuthentication.TokenScheme),
            authenticationScheme: MemberAuthentication.TokenScheme);

    private static async Task<SignInHttpResult> RedeemLinkAsync(LinkSignIn body, MemberSignInService signIns, CancellationToken cancellationToken) =>
        TypedResults.SignIn(MemberAuthentication.Principal(await signIns.RedeemLinkAsync(body.Token, cancellationToken), MemberAuthentication.TokenScheme),
            authenticationScheme: MemberAuthentication.TokenScheme);

    private static async Task<Results<Ok<MemberAnswer>, UnauthorizedHttpResult>> GetAsync(HttpContext http, MemberAccountService accounts, CancellationToken cancellationToken) =>
        await accounts.FindAsync(MemberAuthentication.KeyOf(http.User) ?? Guid.Empty, cancellationToken) is { } member
            ? TypedResults.Ok(MemberAnswer.Of(member))
            : TypedResults.Unauthorized();

    private static async Task<Results<Ok<MemberAnswer>, UnauthorizedHttpResult>> UpdateAsync(
        HttpContext http, MemberProfile body, MemberAccountService accounts, CancellationToken cancellationToken) =>
        await accounts.FindAsync(MemberAuthentication.KeyOf(http.User) ?? Guid.Empty, cancellationToken) is { } member
            ? TypedResults.Ok(MemberAnswer.Of(await accounts.UpdateProfileAsync(member.Key, body, cancellationToken)))
            : TypedResults.Unauthorized();

    private static async Task<Results<NoContent, UnauthorizedHttpResult>> DeleteAsync(HttpContext http, MemberAccountService accounts, CancellationToken cancellationToken)
    {
        if (await accounts.FindAsync(MemberAuthentication.KeyOf(http.User) ?? Guid.Empty, cancellationToken) is not { } member)
        {
            return TypedResults.Unauthorized();
        }

        await accounts.DeleteAsync(member.Key, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<List<MemberRegistrationAnswer>>, UnauthorizedHttpResult>> RegistrationsAsync(
        HttpContext http, string? culture, MemberAccountService accounts, CancellationToken cancellationToken) =>
        await accounts.FindAsync(MemberAuthentication.KeyOf(http.User) ?? Guid.Empty, cancellationToken) is { } member
            ? TypedResults.Ok((await accounts.RegistrationsAsync(member.Email, culture ?? member.Language, cancellationToken)).Select(MemberRegistrationAnswer.Of).ToList())
            : TypedResults.Unauthorized();

    private static async Task<Results<Ok<List<MembershipAnswer>>, UnauthorizedHttpResult>> NetworksAsync(
        HttpContext http, MemberAccountService accounts, MembershipService memberships, CancellationToken cancellationToken) =>
        await accounts.FindAsync(MemberAuthentication.KeyOf(http.User) ?? Guid.Empty, cancellationToken) is { } member
            ? TypedResults.Ok(MembershipAnswer.Of(await memberships.ForEmailAsync(member.Email, cancellationToken)))
            : TypedResults.Unauthorized();

    private static async Task<Results<NoContent, UnauthorizedHttpResult>> LeaveAsync(
        Guid id, HttpContext http, MemberAccountService accounts, MembershipService memberships, CancellationToken cancellationToken)
    {
        if (await accounts.FindAsync(MemberAuthentication.KeyOf(http.User) ?? Guid.Empty, cancellationToken) is not { } member)
        {
            return TypedResults.Unauthorized();
        }

        await memberships.LeaveAsync(member.Email, id, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async ValueTask<object?> NoStoreAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        context.HttpContext.Response.Headers.CacheControl = "no-store";
        return await next(context);
    }
}

public sealed record SignInRequest(string? Email, string? Language);

public sealed record CodeSignIn(string? Email, string? Code);

public sealed record LinkSignIn(string? Token);

public sealed record SignInRequested(string Message);

/// <summary>A member's profile as the API shows it.</summary>
public sealed record MemberAnswer(
    Guid Id, string Email, string? Name, string? Organisation, string? OrganisationType, string? Municipality, string? Role, string Language, bool ListedInDirectory)
{
    public static MemberAnswer Of(Member m) =>
        new(m.Key, m.Email, m.Name, m.Organisation, m.OrganisationType, m.Municipality, m.Role, m.Language, m.ListedInDirectory);
}
