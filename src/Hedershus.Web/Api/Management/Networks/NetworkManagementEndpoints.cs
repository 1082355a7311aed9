using Hedershus.Core.Common;
using Hedershus.Core.Networks;
using Hedershus.Web.Api.Public.Networks;
using Hedershus.Web.Backoffice.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hedershus.Web.Api.Management.Networks;

/// <summary>
/// Network coordinators' endpoints in the management API (policy Networks): networks, the request queue (memberships
/// waiting for approval), members, approve, reject with a reason, invite, remove and the members' CSV. Every change is a POST.
/// </summary>
public static class NetworkManagementEndpoints
{
    public static RouteGroupBuilder MapNetworkManagementEndpoints(this RouteGroupBuilder management)
    {
        var group = management.MapGroup("/networks").RequireAuthorization(BackofficePolicies.Networks).WithTags("Networks");
        group.MapGet("/", List).WithName("ListNetworksForStaff");
        group.MapGet("/{id:guid}/memberships", MembershipsAsync).WithName("ListNetworkMemberships");
        group.MapGet("/{id:guid}/members.csv", ExportAsync).WithName("ExportNetworkMembers");
        group.MapPost("/{id:guid}/invitations", InviteAsync).WithName("InviteToNetwork");
        group.MapPost("/memberships/{membershipId:guid}/approve", ApproveAsync).WithName("ApproveMembership");
        group.MapPost("/memberships/{membershipId:guid}/reject", RejectAsync).WithName("RejectMembership");
        group.MapPost("/memberships/{membershipId:guid}/remove", RemoveAsync).WithName("RemoveMembership");
        return management;
    }

    /// <summary>Only the networks the user coordinates (Administrators: all).</summary>
    private static Ok<List<StaffNetworkItem>> List(NetworkAccess access, CultureCatalog cultures) =>
        TypedResults.Ok(access.Managed(cultures.Default).Select(n => new StaffNetworkItem(n.Key, n.Name, n.Policy.ToString().ToLowerInvariant())).ToList());

    /// <summary>Memberships of a network; <c>?state=confirmed</c> is the request queue.</summary>
    private static async Task<Ok<List<MembershipAnswer>>> MembershipsAsync(Guid id, string? state, CoordinatorService coordinators, CancellationToken cancellationToken)
    {
        MembershipState? filter = state is null ? null
            : Enum.TryParse<MembershipState>(state, ignoreCase: true, out var parsed) && !int.TryParse(state, out _) ? parsed
            : throw new InputValidationException("state", "One of requested, confirmed, active, rejected, left, removed.");
        return TypedResults.Ok(MembershipAnswer.Of(await coordinators.ListAsync(id, filter, cancellationToken)));
    }

    private static async Task<FileContentHttpResult> ExportAsync(Guid id, CoordinatorService coordinators, CancellationToken cancellationToken) =>
        TypedResults.File(await coordinators.ExportCsvAsync(id, cancellationToken), "text/csv; charset=utf-8", "members.csv");

    private static async Task<Ok<MembershipAnswer>> InviteAsync(Guid id, InvitationRequest body, CoordinatorService coordinators, CancellationToken cancellationToken) =>
        TypedResults.Ok(MembershipAnswer.Of(await coordinators.InviteAsync(id, body.Email, body.Name, body.Language, cancellationToken)));

    private static async Task<Ok<MembershipAnswer>> ApproveAsync(Guid membershipId, CoordinatorService coordinators, CancellationToken cancellationToken) =>
        TypedResults.Ok(MembershipAnswer.Of(await coordinators.ApproveAsync(membershipId, cancellationToken)));

    private static async Task<Ok<MembershipAnswer>> RejectAsync(Guid membershipId, ReasonRequest? body, CoordinatorService coordinators, CancellationToken cancellationToken) =>
        TypedResults.Ok(MembershipAnswer.Of(await coordinators.RejectAsync(membershipId, body?.Reason, cancellationToken)));

    private static async Task<Ok<MembershipAnswer>> RemoveAsync(Guid membershipId, ReasonRequest? body, CoordinatorService coordinators, CancellationToken cancellationToken) =>
        TypedResults.Ok(MembershipAnswer.Of(await coordinators.RemoveAsync(membershipId, body?.Reason, cancellationToken)));
}

public sealed record StaffNetworkItem(Guid Id, string Name, string Policy);

public sealed record InvitationRequest(string? Email, string? Name, string? Language);

public sealed record ReasonRequest(string? Reason);
