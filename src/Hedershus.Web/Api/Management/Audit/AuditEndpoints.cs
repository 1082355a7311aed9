using Hedershus.Core.Audit;
using Hedershus.Core.Common;
using Hedershus.Core.Identity;
using Hedershus.Web.Backoffice.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hedershus.Web.Api.Management.Audit;

/// <summary>The append-only audit log, read-only, for administrators and editors.</summary>
public static class AuditEndpoints
{
    public static RouteGroupBuilder MapAuditEndpoints(this RouteGroupBuilder management)
    {
        management.MapGroup("/audit-log").RequireAuthorization(RequireAuditReader).WithTags("Audit log")
            .MapGet("/", List).WithName("GetAuditLog");
        return management;
    }

    /// <summary>Administrators and editors read the log; writers and translators see only what the dashboard shows them.</summary>
    public static void RequireAuditReader(Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder policy) =>
        policy.AddAuthenticationSchemes(BackofficeAuthentication.Scheme).RequireRole(BackofficeRoles.Administrators, BackofficeRoles.Editors);

    public static async Task<Ok<PagedResult<AuditEntryView>>> List(
        AuditReader audit, string? userId, string? actorName, Guid? documentId, string? action, string? culture, DateTimeOffset? from, DateTimeOffset? to,
        int? skip, int? take, CancellationToken cancellationToken)
    {
        var query = new AuditQuery
        {
            UserId = userId,
            ActorName = actorName,
            NodeKey = documentId,
            Action = action,
            Culture = culture,
            From = from?.UtcDateTime,
            To = to?.UtcDateTime,
        };
        return TypedResults.Ok(await audit.ListAsync(query, Paging.Skip(skip), Paging.Take(take), cancellationToken));
    }
}
