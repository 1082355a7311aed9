using Hedershus.Core.Common;
using Hedershus.Core.Data;
using Hedershus.Core.Mail;
using Microsoft.EntityFrameworkCore;

namespace Hedershus.Core.Seminars.Staff;

/// <summary>
/// What staff do to one registration: approve or reject one that waits for approval, cancel on the registrant's
/// behalf (the freed seat goes to the waiting list at once) and mark attendance. Each runs in the seminar's lock and
/// writes its e-mail in the same transaction; repeating a done action changes nothing and sends nothing.
/// </summary>
public sealed class SeminarStaffActions(
    HedershusDbContext db,
    SeminarCatalog catalog,
    SeminarLock seminarLock,
    WaitingList waitingList,
    RegistrationMailer mailer,
    OutboxSignal outboxSignal,
    CultureCatalog cultures,
    TimeProvider clock)
{
    public Task<StaffRegistration> ApproveAsync(Guid seminarKey, Guid registrationKey, CancellationToken cancellationToken) =>
        ChangeAsync(seminarKey, registrationKey, async registration =>
        {
            if (registration.Status == RegistrationStatus.Confirmed)
            {
                return;
            }

            RequirePending(registration);
            registration.Status = RegistrationStatus.Confirmed;
            Mail(RegistrationMailKind.Confirmed, registration);
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);

    public Task<StaffRegistration> RejectAsync(Guid seminarKey, Guid registrationKey, CancellationToken cancellationToken) =>
        ChangeAsync(seminarKey, registrationKey, async registration =>
        {
            if (registration.Status == RegistrationStatus.Cancelled)
            {
                return;
            }

            RequirePending(registration);
            await CancelAsync(registration, RegistrationMailKind.Rejected, cancellationToken);
        }, cancellationToken);

    public Task<StaffRegistration> CancelAsync(Guid seminarKey, Guid registrationKey, CancellationToken cancellationToken) =>
        ChangeAsync(seminarKey, registrationKey, async registration =>
        {
            if (registration.Status != RegistrationStatus.Cancelled)
            {
                await CancelAsync(registration, RegistrationMailKind.Cancelled, cancellationToken);
            }
        }, cancellationToken);

    /// <summary>true attended, false did not come, null unknown. Only a confirmed registration has attendance.</summary>
    public Task<StaffRegistration> SetAttendanceAsync(Guid seminarKey, Guid registrationKey, bool? attended, CancellationToken cancellationToken) =>
        ChangeAsync(seminarKey, registrationKey, async registration =>
        {
            if (registration.Status != RegistrationStatus.Confirmed)
            {
                throw new ConflictException("Only a confirmed registration has attendance.", new Dictionary<string, object?> { ["reason"] = "notConfirmed" });
            }

            registration.Attended = attended;
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);

    private async Task CancelAsync(SeminarRegistration registration, RegistrationMailKind mail, CancellationToken cancellationToken)
    {
        var heldSeat = SeminarCatalog.HoldingSeat.Contains(registration.Status);
        registration.Status = RegistrationStatus.Cancelled;
        registration.CancelledAt = clock.GetUtcNow().UtcDateTime;
        registration.OfferExpiresAt = null;
        if (registration.AnonymisedAt is null)
        {
            Mail(mail, registration);
        }

        await db.SaveChangesAsync(cancellationToken);
        if (heldSeat && catalog.Find(registration.SeminarKey, cultures.Default) is { } seminar)
        {
            await waitingList.FillAsync(seminar, cancellationToken);
        }
    }

    private void Mail(RegistrationMailKind kind, SeminarRegistration registration) =>
        mailer.Send(kind, registration, catalog.Find(registration.SeminarKey, registration.Language), clock.GetUtcNow().UtcDateTime);

    private async Task<StaffRegistration> ChangeAsync(Guid seminarKey, Guid registrationKey, Func<SeminarRegistration, Task> change,
        CancellationToken cancellationToken)
    {
        var changed = await seminarLock.RunAsync(db, seminarKey, async () =>
        {
            var registration = await db.SeminarRegistrations.SingleOrDefaultAsync(r => r.SeminarKey == seminarKey && r.Key == registrationKey, cancellationToken)
                ?? throw new NotFoundException($"Seminar {seminarKey} has no registration {registrationKey}.");
            await change(registration);
            return registration;
        }, cancellationToken);
        db.ChangeTracker.Clear();
        outboxSignal.Written();
        return StaffRegistration.From(changed);
    }

    private static void RequirePending(SeminarRegistration registration)
    {
        if (registration.Status != RegistrationStatus.PendingApproval)
        {
            throw new ConflictException("The registration does not wait for approval.", new Dictionary<string, object?> { ["reason"] = "notPending" });
        }
    }
}
