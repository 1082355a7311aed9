using Hedershus.Core.Identity.Users;
using Hedershus.Web.Api.Management;
using Hedershus.Web.Backoffice.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hedershus.Web.Backoffice.Users;

/// <summary>Backoffice users for administrators: list, invite, change groups, cultures and start nodes, disable.</summary>
public static class UserEndpoints
{
    public static RouteGroupBuilder MapUserEndpoints(this RouteGroupBuilder management)
    {
        var group = management.MapGroup("/users").RequireAuthorization(BackofficePolicies.Administration).WithTags("Users");
        group.MapGet("/", ListAsync).WithName("ListUsers");
        group.MapPost("/", InviteAsync).WithName("InviteUser");
        group.MapGet("/{id}", GetAsync).WithName("GetUser");
        group.MapPut("/{id}", UpdateAsync).WithName("UpdateUser");
        group.MapPost("/{id}/disable", DisableAsync).WithName("DisableUser");
        group.MapPost("/{id}/enable", EnableAsync).WithName("EnableUser");
        return management;
    }

    public static async Task<Ok<IReadOnlyList<BackofficeUserSummary>>> ListAsync(BackofficeUserService users, CancellationToken cancellationToken) =>
        TypedResults.Ok(await users.ListAsync(cancellationToken));

    public static async Task<Ok<BackofficeUserSummary>> GetAsync(string id, BackofficeUserService users, CancellationToken cancellationToken) =>
        TypedResults.Ok(await users.GetAsync(id, cancellationToken));

    public static async Task<Created<BackofficeUserSummary>> InviteAsync(SaveUserRequest request, BackofficeUserService users, CancellationToken cancellationToken)
    {
        var user = await users.InviteAsync(request, cancellationToken);
        return TypedResults.Created($"{ManagementApi.BasePath}/users/{user.Id}", user);
    }

    public static async Task<Ok<BackofficeUserSummary>> UpdateAsync(string id, SaveUserRequest request, BackofficeUserService users, CancellationToken cancellationToken) =>
        TypedResults.Ok(await users.UpdateAsync(id, request, cancellationToken));

    public static async Task<Ok<BackofficeUserSummary>> DisableAsync(string id, BackofficeUserService users, CancellationToken cancellationToken) =>
        TypedResults.Ok(await users.SetDisabledAsync(id, disabled: true, cancellationToken));

    public static async Task<Ok<BackofficeUserSummary>> EnableAsync(string id, BackofficeUserService users, CancellationToken cancellationToken) =>
        TypedResults.Ok(await users.SetDisabledAsync(id, disabled: false, cancellationToken));
}
