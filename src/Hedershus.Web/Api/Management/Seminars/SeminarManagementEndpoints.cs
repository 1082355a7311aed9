using Hedershus.Core.Common;
using Hedershus.Core.Seminars;
using Hedershus.Core.Seminars.Staff;
using Hedershus.Web.Backoffice.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hedershus.Web.Api.Management.Seminars;

/// <summary>
/// Staff endpoints for seminars in the management API: what staff read (fill rates, registrations, waiting list,
/// counts) here; actions, exports and messages in the sibling classes. Every change is a POST.
/// </summary>
public static class SeminarManagementEndpoints
{
    public static RouteGroupBuilder MapSeminarManagementEndpoints(this RouteGroupBuilder management)
    {
        var group = management.MapGroup("/seminars").RequireAuthorization(BackofficePolicies.Seminars).WithTags("Seminars");
        group.MapGet("/", ListAsync).WithName("ListSeminarsForStaff");
        group.MapGet("/{id:guid}", GetAsync).WithName("GetSeminarForStaff");
        group.MapGet("/{id:guid}/registrations", RegistrationsAsync).WithName("ListSeminarRegistrations");
        group.MapGet("/{id:guid}/waiting-list", WaitingListAsync).WithName("GetSeminarWaitingList");
        group.MapGet("/{id:guid}/counts", CountsAsync).WithName("GetSeminarCounts");
        group.MapPost("/erasure", EraseAsync).WithName("ErasePersonFromSeminars");
        group.MapSeminarRegistrationActions();
        group.MapSeminarExports();
        group.MapSeminarMessages();
        return management;
    }

    private static async Task<Ok<List<SeminarFillItem>>> ListAsync(SeminarStaffQueries queries, CancellationToken cancellationToken) =>
        TypedResults.Ok((await queries.ListAsync(cancellationToken)).Select(SeminarFillItem.From).ToList());

    private static async Task<Ok<SeminarFillItem>> GetAsync(Guid id, SeminarStaffQueries queries, CancellationToken cancellationToken) =>
        TypedResults.Ok(SeminarFillItem.From(await queries.GetAsync(id, cancellationToken)));

    private static async Task<Ok<List<StaffRegistrationItem>>> RegistrationsAsync(
        Guid id, string? status, SeminarStaffQueries queries, CancellationToken cancellationToken)
    {
        RegistrationStatus? filter = status is null ? null : StaffRegistrationItem.ParseStatus(status, "status");
        var registrations = await queries.RegistrationsAsync(id, filter, cancellationToken);
        return TypedResults.Ok(registrations.Select(StaffRegistrationItem.From).ToList());
    }

    private static async Task<Ok<List<StaffRegistrationItem>>> WaitingListAsync(Guid id, SeminarStaffQueries queries, CancellationToken cancellationToken) =>
        TypedResults.Ok((await queries.WaitingListAsync(id, cancellationToken)).Select(StaffRegistrationItem.From).ToList());

    private static async Task<Ok<SeminarCounts>> CountsAsync(Guid id, SeminarStaffQueries queries, CancellationToken cancellationToken) =>
        TypedResults.Ok(await queries.CountsAsync(id, cancellationToken));

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
