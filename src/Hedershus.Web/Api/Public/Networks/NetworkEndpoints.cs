using Hedershus.Core.Common;
using Hedershus.Core.Networks;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hedershus.Web.Api.Public.Networks;

/// <summary>
/// Networks for front-ends: the list, joining (which only sends a confirmation link: double opt-in) and confirming
/// with the link's token by POST. Bad input answers ProblemDetails naming the field; a second join 409.
/// </summary>
public static class NetworkEndpoints
{
    public static IEndpointRouteBuilder MapNetworkEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/networks").WithTags("Networks");
        group.MapGet("/", List).WithName("GetNetworks");
        group.MapPost("/{id:guid}/join", JoinAsync).WithName("JoinNetwork");
        group.MapPost("/confirmations/{token}", ConfirmAsync).WithName("ConfirmNetworkMembership");
        return endpoints;
    }

    private static Ok<IReadOnlyList<NetworkAnswer>> List(string? culture, NetworkCatalog networks, CultureCatalog cultures) =>
        TypedResults.Ok<IReadOnlyList<NetworkAnswer>>(networks.List(cultures.Normalize(culture) ?? cultures.Default)
            .Select(n => new NetworkAnswer(n.Key, n.Name, n.Summary, n.Route, n.Policy.ToString().ToLowerInvariant(), n.Audience)).ToList());

    private static async Task<Accepted<JoinAnswer>> JoinAsync(Guid id, JoinRequest body, MembershipService memberships, CancellationToken cancellationToken)
    {
        var result = await memberships.JoinAsync(id, body, cancellationToken);
        return TypedResults.Accepted((string?)null, new JoinAnswer(result.Id, result.State.ToString().ToLowerInvariant()));
    }

    private static async Task<Ok<JoinAnswer>> ConfirmAsync(string token, MembershipService memberships, CancellationToken cancellationToken)
    {
        var membership = await memberships.ConfirmAsync(token, cancellationToken);
        return TypedResults.Ok(new JoinAnswer(membership.Id, membership.State.ToString().ToLowerInvariant()));
    }
}

public sealed record NetworkAnswer(Guid Id, string Name, string? Summary, string? Url, string Policy, IReadOnlyList<string> Audience);

public sealed record JoinAnswer(Guid Id, string State);
