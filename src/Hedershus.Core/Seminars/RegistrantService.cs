using Hedershus.Core.Common;
using Hedershus.Core.Data;
using Hedershus.Core.Mail;
using Microsoft.EntityFrameworkCore;

namespace Hedershus.Core.Seminars;

/// <summary>
/// What a registrant can do through the link in their e-mail: see the registration, cancel it, and accept or decline
/// an offered seat. Every change runs in the seminar's lock, so a freed seat goes to the next in line at once.
/// Repeating an action that already happened changes nothing and sends nothing.
/// </summary>
public sealed class RegistrantService(
    HedershusDbContext db,
    SeminarCatalog catalog,
    SeminarLock seminarLock,
    WaitingList waitingList,
    RegistrationMailer mailer,
    OutboxSignal outboxSignal,
    TimeProvider clock)
{
    public async Task<RegistrantView> FindAsync(string token, CancellationToken cancellationToken) =>
        await ViewAsync(await FindRegistrationAsync(token, cancellationToken), cancellationToken);

    public Task<RegistrantView> CancelAsync(string token, CancellationToken cancellationToken) =>
        ChangeAsync(token, registration => registration.Status != RegistrationStatus.Cancelled, RegistrationStatus.Cancelled, cancellationToken);

    public Task<RegistrantView> AcceptOfferAsync(string token, CancellationToken cancellationToken) =>
        ChangeAsync(token, registration => IsOpenOffer(registration) || (registration.Status is RegistrationStatus.Confirmed or RegistrationStatus.PendingApproval ? false : throw NoOffer()),
            RegistrationStatus.Confirmed, cancellationToken);

    public Task<RegistrantView> DeclineOfferAsync(string token, CancellationToken cancellationToken) =>
        ChangeAsync(token, registration => IsOpenOffer(registration) || (registration.Status == RegistrationStatus.Cancelled ? false : throw NoOffer()),
            RegistrationStatus.Cancelled, cancellationToken);

    private bool IsOpenOffer(SeminarRegistration registration) =>
        registration.Status == RegistrationStatus.Offered && registration.OfferExpiresAt > clock.GetUtcNow().UtcDateTime;

    /// <summary><paramref name="applies"/> says whether to act (false: already done) or throws when the action makes no sense now.</summary>
    private async Task<RegistrantView> ChangeAsync(string token, Func<SeminarRegistration, bool> applies, RegistrationStatus target,
        CancellationToken cancellationToken)
    {
        var found = await FindRegistrationAsync(token, cancellationToken);
        var changed = await seminarLock.RunAsync(db, found.SeminarKey, async () =>
        {
            var registration = await db.SeminarRegistrations.SingleAsync(r => r.Id == found.Id, cancellationToken);
            if (!applies(registration))
            {
                return registration;
            }

            await ApplyAsync(registration, target, cancellationToken);
            return registration;
        }, cancellationToken);
        outboxSignal.Written();
        return await ViewAsync(changed, cancellationToken);
    }

    private async Task ApplyAsync(SeminarRegistration registration, RegistrationStatus target, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var seminar = catalog.Find(registration.SeminarKey, registration.Language);
        var heldSeat = SeminarCatalog.HoldingSeat.Contains(registration.Status);
        if (target == RegistrationStatus.Confirmed && seminar is { ApprovalRequired: true })
        {
            target = RegistrationStatus.PendingApproval;
        }

        registration.Status = target;
        registration.OfferExpiresAt = null;
        registration.CancelledAt = target == RegistrationStatus.Cancelled ? now : null;
        mailer.Send(RegistrationMail.KindOf(target), registration, seminar, now);
        await db.SaveChangesAsync(cancellationToken);
        if (heldSeat && target == RegistrationStatus.Cancelled && seminar is not null)
        {
            await waitingList.FillAsync(seminar, cancellationToken);
        }
    }

    private async Task<SeminarRegistration> FindRegistrationAsync(string token, CancellationToken cancellationToken)
    {
        var registration = RegistrationTokens.LooksValid(token)
            ? await db.SeminarRegistrationTokens.AsNoTracking().Where(t => t.Hash == RegistrationTokens.Hash(token))
                .Select(t => t.Registration).SingleOrDefaultAsync(cancellationToken)
            : null;
        return registration is { AnonymisedAt: null } ? registration : throw new NotFoundException("No registration has this link.");
    }

    private async Task<RegistrantView> ViewAsync(SeminarRegistration registration, CancellationToken cancellationToken)
    {
        var seminar = catalog.Find(registration.SeminarKey, registration.Language);
        int? place = registration.Status == RegistrationStatus.Waitlisted
            ? 1 + await db.SeminarRegistrations.CountAsync(r => r.SeminarKey == registration.SeminarKey
                && r.Status == RegistrationStatus.Waitlisted && r.Position < registration.Position, cancellationToken)
            : null;
        return new RegistrantView(registration.Key, registration.SeminarKey, seminar?.Name ?? registration.SeminarName, seminar?.Route,
            seminar?.Begins, registration.Status, place, registration.OfferExpiresAt, registration.Name, registration.Language);
    }

    private static ConflictException NoOffer() =>
        new("There is no open offer for this registration.", new Dictionary<string, object?> { ["reason"] = "noOffer" });
}
