using Hedershus.Core.Data;
using Hedershus.Core.Mail;
using Microsoft.EntityFrameworkCore;

namespace Hedershus.Core.Seminars;

/// <summary>
/// Removes registrants' personal data: by retention (a set time after their seminar ended) or on request for one
/// e-mail address across all seminars. A registration keeps its status, organisation type and municipality for
/// anonymous counts; its tokens go, so its links stop working. Messages not yet sent are dropped (an erased person
/// must get no more mail); sent ones lose address, name, subject and body.
/// </summary>
public sealed class RegistrationErasure(HedershusDbContext db, TimeProvider clock)
{
    public const string ErasedAddress = "erased@invalid";

    /// <summary>Erases everything of <paramref name="email"/>; returns the number of registrations and messages touched.</summary>
    public async Task<(int Registrations, int Messages)> EraseAsync(string email, CancellationToken cancellationToken)
    {
        var address = email.Trim().ToLowerInvariant();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var registrations = await db.SeminarRegistrations.Where(r => r.Email == address).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var registration in registrations)
        {
            // Nobody can take up the seat of a person we no longer know; the changes job offers it on.
            if (registration.Status != RegistrationStatus.Cancelled && !(registration.SeminarEndsAt <= now))
            {
                registration.Status = RegistrationStatus.Cancelled;
                registration.CancelledAt = now;
            }
        }

        var anonymised = await AnonymiseAsync(registrations, cancellationToken);
        var messages = await db.MailOutbox.Where(m => m.ToAddress == address && m.Status == OutboxStatus.Pending).ExecuteDeleteAsync(cancellationToken)
            + await AnonymiseMessages(db.MailOutbox.Where(m => m.ToAddress == address), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (anonymised, messages);
    }

    /// <summary>Anonymises registrations whose seminar ended more than <paramref name="retention"/> ago, and their sent messages.</summary>
    public async Task<int> ApplyRetentionAsync(TimeSpan retention, CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime - retention;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var expired = await db.SeminarRegistrations
            .Where(r => r.AnonymisedAt == null && (r.SeminarEndsAt ?? r.CreatedAt) < cutoff)
            .Take(1000).ToListAsync(cancellationToken);
        var addresses = expired.Select(r => r.Email).Distinct().ToList();
        var count = await AnonymiseAsync(expired, cancellationToken);
        await AnonymiseMessages(db.MailOutbox.Where(m => m.Kind.StartsWith("seminar-") && m.Status != OutboxStatus.Pending
            && (addresses.Contains(m.ToAddress) || m.CreatedAt < cutoff)), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return count;
    }

    private async Task<int> AnonymiseAsync(List<SeminarRegistration> registrations, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var registration in registrations)
        {
            registration.Email = $"erased-{registration.Key:N}@invalid";
            registration.Name = "";
            registration.Organisation = null;
            registration.Role = null;
            registration.AnswersJson = "{}";
            registration.AnonymisedAt ??= now;
        }

        await db.SaveChangesAsync(cancellationToken);
        var ids = registrations.Select(r => r.Id).ToList();
        await db.SeminarRegistrationTokens.Where(t => ids.Contains(t.RegistrationId)).ExecuteDeleteAsync(cancellationToken);
        return registrations.Count;
    }

    private static Task<int> AnonymiseMessages(IQueryable<OutboxMessage> messages, CancellationToken cancellationToken) =>
        messages.Where(m => m.ToAddress != ErasedAddress).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.ToAddress, ErasedAddress).SetProperty(m => m.ToName, (string?)null)
            .SetProperty(m => m.Subject, "").SetProperty(m => m.HtmlBody, "").SetProperty(m => m.TextBody, "")
            .SetProperty(m => m.Attachments, new List<OutboxAttachment>()), cancellationToken);
}
