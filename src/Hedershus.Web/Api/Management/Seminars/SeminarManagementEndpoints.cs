using Hedershus.Core.Common;
using Hedershus.Core.Seminars;
using Hedershus.Web.Backoffice.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hedershus.Web.Api.Management.Seminars;

/// <summary>Staff endpoints for seminars in the management API.</summary>
public static class SeminarManagementEndpoints
{
    public static RouteGroupBuilder MapSeminarManagementEndpoints(this RouteGroupBuilder management)
    {
        var group = management.MapGroup("/seminars").RequireAuthorization(BackofficePolicies.Seminars).WithTags("Seminars");
        group.MapPost("/erasure", EraseAsync).WithName("ErasePersonFromSeminars");
        return management;
    }

    /// <summary>Erases one person (by e-mail) from every seminar and from the outbox, on their request.</summary>
    private static async Task<Ok<ErasureResponse>> EraseAsync(ErasureRequest request, RegistrationErasure erasure, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Email))
        {
            throw new InputValidationException("email", "Required.");
        }

        var (registrations, messages) = await erasure.EraseAsync(request.Email, cancellationToken);
        return TypedResults.Ok(new ErasureResponse(registrations, messages));
    }
}

public sealed record ErasureRequest(string? Email);

public sealed record ErasureResponse(int Registrations, int Messages);
