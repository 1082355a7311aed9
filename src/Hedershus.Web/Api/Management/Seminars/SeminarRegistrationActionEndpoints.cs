using Hedershus.Core.Seminars.Staff;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hedershus.Web.Api.Management.Seminars;

/// <summary>Staff actions on one registration: approve, reject, cancel on the registrant's behalf, mark attendance.</summary>
public static class SeminarRegistrationActionEndpoints
{
    private const string Registration = "/{id:guid}/registrations/{registrationId:guid}";

    public static RouteGroupBuilder MapSeminarRegistrationActions(this RouteGroupBuilder seminars)
    {
        seminars.MapPost(Registration + "/approve", ApproveAsync).WithName("ApproveSeminarRegistration");
        seminars.MapPost(Registration + "/reject", RejectAsync).WithName("RejectSeminarRegistration");
        seminars.MapPost(Registration + "/cancel", CancelAsync).WithName("CancelSeminarRegistration");
        seminars.MapPost(Registration + "/attendance", AttendanceAsync).WithName("MarkSeminarAttendance");
        return seminars;
    }

    private static async Task<Ok<StaffRegistrationItem>> ApproveAsync(Guid id, Guid registrationId, SeminarStaffActions actions, CancellationToken cancellationToken) =>
        TypedResults.Ok(StaffRegistrationItem.From(await actions.ApproveAsync(id, registrationId, cancellationToken)));

    private static async Task<Ok<StaffRegistrationItem>> RejectAsync(Guid id, Guid registrationId, SeminarStaffActions actions, CancellationToken cancellationToken) =>
        TypedResults.Ok(StaffRegistrationItem.From(await actions.RejectAsync(id, registrationId, cancellationToken)));

    private static async Task<Ok<StaffRegistrationItem>> CancelAsync(Guid id, Guid registrationId, SeminarStaffActions actions, CancellationToken cancellationToken) =>
        TypedResults.Ok(StaffRegistrationItem.From(await actions.CancelAsync(id, registrationId, cancellationToken)));

    private static async Task<Ok<StaffRegistrationItem>> AttendanceAsync(
        Guid id, Guid registrationId, AttendanceRequest request, SeminarStaffActions actions, CancellationToken cancellationToken) =>
        TypedResults.Ok(StaffRegistrationItem.From(await actions.SetAttendanceAsync(id, registrationId, request.Attended, cancellationToken)));
}
