using Hedershus.Core.Common;
using Hedershus.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Hedershus.Core.Mail;

/// <summary>
/// Messages the outbox gave up on (a permanent refusal or too many attempts), for staff to see and send again once
/// the cause is fixed (a mistyped address corrected at the source, a mail server back up).
/// </summary>
public sealed class OutboxFailures(HedershusDbContext db, OutboxSignal outboxSignal, TimeProvider clock)
{
    /// <summary>Failed messages whose kind starts with <paramref name="kindPrefix"/>, newest first.</summary>
    public async Task<IReadOnlyList<FailedMail>> ListAsync(string kindPrefix, CancellationToken cancellationToken) =>
        await db.MailOutbox.AsNoTracking()
            .Where(m => m.Status == OutboxStatus.Failed && m.Kind.StartsWith(kindPrefix))
            .OrderByDescending(m => m.Id).Take(500)
            .Select(m => new FailedMail(m.Id, m.Kind, m.ToAddress, m.Subject, m.Attempts, m.CreatedAt, m.LastError))
            .ToListAsync(cancellationToken);

    /// <summary>Puts a failed message back in line with fresh attempts; a message that is not failed is a conflict.</summary>
    public async Task RetryAsync(long id, string kindPrefix, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = await db.MailOutbox.Where(m => m.Id == id && m.Status == OutboxStatus.Failed && m.Kind.StartsWith(kindPrefix))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Pending).SetProperty(m => m.Attempts, 0)
                .SetProperty(m => m.NextAttemptAt, now), cancellationToken);
        if (changed == 0)
        {
            var exists = await db.MailOutbox.AnyAsync(m => m.Id == id && m.Kind.StartsWith(kindPrefix), cancellationToken);
            throw exists
                ? new ConflictException("The message has not failed.", new Dictionary<string, object?> { ["reason"] = "notFailed" })
                : new NotFoundException($"No message has id {id}.");
        }

        outboxSignal.Written();
    }
}

/// <summary>A message given up on; <see cref="LastError"/> is an SMTP code and category, never a server's free text.</summary>
public sealed record FailedMail(long Id, string Kind, string ToAddress, string Subject, int Attempts, DateTime CreatedAt, string? LastError);
