using Hedershus.Core.Common;
using Hedershus.Core.Networks;
using Hedershus.Web.Members;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hedershus.Web.Api.Public.Networks;

/// <summary>
/// Networks for front-ends: the list, joining (which only sends a confirmation link: double opt-in) and confirming
/// with the link's token by POST. Bad input answers ProblemDetails naming the field. A join answers the same for a new
/// address and one that already asked or is a member (its owner hears by e-mail), so the answer reveals no address.
/// </summary>
public static class NetworkEndpoints
{
    public static IEndpointRouteBuilder MapNetworkEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/networks").WithTags("Networks");
        group.MapGet("/", List).WithName("GetNetworks");
        // Each join e-mails the address given, so it is limited per client as sign-in and the site's join form are.
        group.MapPost("/{id:guid}/join", JoinAsync).WithName("JoinNetwork").RequireRateLimiting(MemberAuthentication.SignInRateLimitPolicy);
        group.MapPost("/confirmations/{token}", ConfirmAsync).WithName("ConfirmNetworkMembership");
        return endpoints;
    }

    private static Ok<IReadOnlyList<NetworkAnswer>> List(string? culture, NetworkCatalog networks, CultureCatalog cultures) =>
        TypedResults.Ok<IReadOnlyList<NetworkAnswer>>(networks.List(cultures.Normalize(culture) ?? cultures.Default)
            .Select(n => new NetworkAnswer(n.Key, n.Name, n.Summary, n.Route, n.Policy.ToString().ToLowerInvariant(), n.Audience)).ToList());

    private static async Task<Accepted<JoinRequestAnswer>> JoinAsync(Guid id, JoinRequest body, MembershipService memberships, CancellationToken cancellationToken)
    {
        await memberships.JoinAsync(id, body, cancellationToken);
        return TypedResults.Accepted((string?)null, JoinRequestAnswer.Requested);
    }

    private static async Task<Ok<JoinAnswer>> ConfirmAsync(string token, MembershipService memberships, CancellationToken cancellationToken)
    {
        var membership = await memberships.ConfirmAsync(token, cancellationToken);
        return TypedResults.Ok(new JoinAnswer(membership.Id, membership.State.ToString().ToLowerInvariant()));
    }
}

public sealed record NetworkAnswer(Guid Id, string Name, string? Summary, string? Url, string Policy, IReadOnlyList<string> Audience);

public sealed record JoinAnswer(Guid Id, string State);

/// <summary>The answer to every accepted join, the same whoever asks: no id, since a known address's id would tell it apart.</summary>
public sealed record JoinRequestAnswer(string State)
{
    public static JoinRequestAnswer Requested { get; } = new("requested");
}
