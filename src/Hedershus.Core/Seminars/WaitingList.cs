using Hedershus.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Hedershus.Core.Seminars;

/// <summary>
/// Moves people up from the waiting list: lapsed offers give their seat back, and each free seat goes to the first in
/// line, as an offer valid for the seminar's response time (at most half the time left before the start) or, in
/// auto-confirm mode, straight in. Call inside the seminar's lock; running it again changes nothing.
/// </summary>
public sealed class WaitingList(HedershusDbContext db, SeminarCatalog catalog, RegistrationMailer mailer, TimeProvider clock)
{
    /// <summary>Returns how many people moved up.</summary>
    public async Task<int> FillAsync(Seminar seminar, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await ExpireOffersAsync(seminar.Key, now, cancellationToken);
        if (seminar.Begins is { } begins && begins <= now)
        {
            return 0;
        }

        var taken = await db.SeminarRegistrations.CountAsync(r => r.SeminarKey == seminar.Key && SeminarCatalog.HoldingSeat.Contains(r.Status), cancellationToken);
        var free = seminar.Capacity - taken;
        if (free <= 0)
        {
            return 0;
        }

        var next = await db.SeminarRegistrations
            .Where(r => r.SeminarKey == seminar.Key && r.Status == RegistrationStatus.Waitlisted)
            .OrderBy(r => r.Position).Take(free).ToListAsync(cancellationToken);
        foreach (var registration in next)
        {
            MoveUp(seminar, registration, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return next.Count;
    }

    /// <summary>Until when an offer made <paramref name="now"/> holds: the response time, or half the time left if that is shorter.</summary>
    public static DateTime OfferDeadline(Seminar seminar, DateTime now)
    {
        var response = TimeSpan.FromHours(Math.Max(1, seminar.OfferResponseHours));
        var halfLeft = seminar.Begins is { } begins ? (begins - now) / 2 : response;
        return now + (halfLeft < response ? halfLeft : response);
    }

    private void MoveUp(Seminar seminar, SeminarRegistration registration, DateTime now)
    {
        if (seminar.WaitingListAutoConfirm)
        {
            registration.Status = seminar.ApprovalRequired ? RegistrationStatus.PendingApproval : RegistrationStatus.Confirmed;
        }
        else
        {
            registration.Status = RegistrationStatus.Offered;
            registration.OfferExpiresAt = OfferDeadline(seminar, now);
        }

        mailer.Send(RegistrationMail.KindOf(registration.Status), registration, catalog.Find(seminar.Key, registration.Language) ?? seminar, now);
    }

    private async Task ExpireOffersAsync(Guid seminarKey, DateTime now, CancellationToken cancellationToken)
    {
        var lapsed = await db.SeminarRegistrations
            .Where(r => r.SeminarKey == seminarKey && r.Status == RegistrationStatus.Offered && r.OfferExpiresAt <= now)
            .ToListAsync(cancellationToken);
        foreach (var registration in lapsed)
        {
            registration.Status = RegistrationStatus.Cancelled;
            registration.CancelledAt = now;
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
