using Hedershus.Core.Common;
using Hedershus.Core.Data;
using Hedershus.Core.Mail;
using Microsoft.EntityFrameworkCore;

namespace Hedershus.Core.Seminars;

/// <summary>
/// Brings registrations in line with the published seminars: tells everyone registered when time or place changed or
/// the seminar was withdrawn (unpublished or trashed), and fills free seats from the waiting list (a cancellation the
/// registrant did not make through their link, a grown capacity, a lapsed offer). Enqueued on content changes and
/// recurring; each registration's <see cref="SeminarRegistration.NoticeFingerprint"/> makes it idempotent.
/// </summary>
public sealed class SeminarChangesJob(
    HedershusDbContext db,
    SeminarCatalog catalog,
    SeminarLock seminarLock,
    WaitingList waitingList,
    RegistrationMailer mailer,
    OutboxSignal outboxSignal,
    CultureCatalog cultures,
    TimeProvider clock) : IBackgroundJob
{
    public const string RecurringId = "seminar-changes";
    public const string Cron = "*/5 * * * *";

    private static readonly RegistrationStatus[] Active =
        [RegistrationStatus.Confirmed, RegistrationStatus.PendingApproval, RegistrationStatus.Offered, RegistrationStatus.Waitlisted];

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var seminarKeys = await db.SeminarRegistrations.AsNoTracking()
            .Where(r => Active.Contains(r.Status) && r.AnonymisedAt == null)
            .Select(r => r.SeminarKey).Distinct().ToListAsync(cancellationToken);
        foreach (var key in seminarKeys)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await seminarLock.RunAsync(db, key, () => BringInLineAsync(key, cancellationToken), cancellationToken);
            db.ChangeTracker.Clear();
        }

        outboxSignal.Written();
    }

    private async Task<bool> BringInLineAsync(Guid seminarKey, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var registrations = await db.SeminarRegistrations
            .Where(r => r.SeminarKey == seminarKey && Active.Contains(r.Status) && r.AnonymisedAt == null)
            .ToListAsync(cancellationToken);
        foreach (var registration in registrations)
        {
            var seminar = catalog.Find(seminarKey, registration.Language);
            var fingerprint = SeminarFingerprint.Of(seminar);
            if (fingerprint == registration.NoticeFingerprint)
            {
                continue;
            }

            registration.NoticeFingerprint = fingerprint;
            registration.SeminarEndsAt = seminar?.Ends ?? registration.SeminarEndsAt;
            mailer.Send(seminar is null ? RegistrationMailKind.Withdrawn : RegistrationMailKind.Changed, registration, seminar, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        if (catalog.Find(seminarKey, cultures.Default) is { } published)
        {
            await waitingList.FillAsync(published, cancellationToken);
        }

        return true;
    }
}
