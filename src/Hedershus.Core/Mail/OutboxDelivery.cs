using Hedershus.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hedershus.Core.Mail;

/// <summary>
/// Sends due outbox messages one at a time: claim the row (a conditional update only one node can win), send, mark
/// sent. A claim whose holder died expires and the row is tried again unless it was marked sent; see
/// docs/decisions/004-mail-outbox-delivery.md for why that is the chosen side of at-least/at-most once.
/// </summary>
public sealed class OutboxDelivery(
    HedershusDbContext db,
    MailTransport transport,
    IOptions<MailOptions> options,
    TimeProvider clock,
    ILogger<OutboxDelivery> logger,
    IEnumerable<IOutboxDeliveryObserver> observers)
{
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromHours(6);

    /// <summary>Sends until nothing is due or the node stops; returns how many messages were handed over.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        var sent = 0;
        while (!cancellationToken.IsCancellationRequested && await ClaimNextAsync(cancellationToken) is { } message)
        {
            sent += await DeliverAsync(message, cancellationToken) ? 1 : 0;
        }

        return sent;
    }

    private async Task<OutboxMessage?> ClaimNextAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var candidate = await Due(now).OrderBy(m => m.Id).Select(m => (long?)m.Id).FirstOrDefaultAsync(cancellationToken);
            if (candidate is not { } id)
            {
                return null;
            }

            var claimedUntil = now + options.Value.ClaimTimeout;
            var won = await Due(now).Where(m => m.Id == id).ExecuteUpdateAsync(
                s => s.SetProperty(m => m.Status, OutboxStatus.Sending)
                    .SetProperty(m => m.ClaimedUntil, claimedUntil)
                    .SetProperty(m => m.Attempts, m => m.Attempts + 1),
                cancellationToken);
            if (won == 1)
            {
                return await db.MailOutbox.AsNoTracking().FirstAsync(m => m.Id == id, cancellationToken);
            }
        }
    }

    /// <summary>Pending and due, or claimed by a sender whose claim ran out without marking the message sent.</summary>
    private IQueryable<OutboxMessage> Due(DateTime now) =>
        db.MailOutbox.Where(m =>
            (m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now) ||
            (m.Status == OutboxStatus.Sending && m.ClaimedUntil <= now));

    private async Task<bool> DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        try
        {
            // Not cancellable once started: abandoning a half-finished SMTP conversation is what risks a duplicate.
            await transport.SendAsync(MimeMessageFactory.Create(message), CancellationToken.None);
        }
        catch (MailDeliveryException e)
        {
            await RecordFailureAsync(message, e, cancellationToken);
            return false;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await db.MailOutbox.Where(m => m.Id == message.Id).ExecuteUpdateAsync(
            s => s.SetProperty(m => m.Status, OutboxStatus.Sent).SetProperty(m => m.SentAt, now)
                .SetProperty(m => m.ClaimedUntil, (DateTime?)null).SetProperty(m => m.LastError, (string?)null),
            CancellationToken.None);
        await NotifyAsync(message, o => o.DeliveredAsync(message, CancellationToken.None));
        return true;
    }

    private async Task RecordFailureAsync(OutboxMessage message, MailDeliveryException e, CancellationToken cancellationToken)
    {
        var giveUp = e.Permanent || message.Attempts >= options.Value.MaxAttempts;
        var next = clock.GetUtcNow().UtcDateTime + RetryDelay(message.Attempts);
        logger.LogWarning("Outbox message {Id} ({Kind}) attempt {Attempt} failed: {Reason}; {Outcome}",
            message.Id, message.Kind, message.Attempts, e.Reason, giveUp ? "marked failed" : "retrying at " + next.ToString("O"));
        await db.MailOutbox.Where(m => m.Id == message.Id).ExecuteUpdateAsync(
            s => s.SetProperty(m => m.Status, giveUp ? OutboxStatus.Failed : OutboxStatus.Pending)
                .SetProperty(m => m.NextAttemptAt, next)
                .SetProperty(m => m.ClaimedUntil, (DateTime?)null)
                .SetProperty(m => m.LastError, e.Reason),
            cancellationToken);
        await NotifyAsync(message, o => o.FailedAsync(message, e, CancellationToken.None));
    }

    private async Task NotifyAsync(OutboxMessage message, Func<IOutboxDeliveryObserver, Task> notify)
    {
        foreach (var observer in observers)
        {
            try
            {
                await notify(observer);
            }
            catch (Exception e)
            {
                // The message's own state is saved already; an observer's trouble must not hold up the rest of the outbox.
                logger.LogWarning(e, "Delivery observer {Observer} failed for outbox message {Id}", observer.GetType().Name, message.Id);
            }
        }
    }

    /// <summary>First retry after <see cref="MailOptions.FirstRetryDelay"/>, doubling, at most six hours.</summary>
    public TimeSpan RetryDelay(int attempts)
    {
        var factor = Math.Pow(2, Math.Clamp(attempts - 1, 0, 20));
        var delay = TimeSpan.FromTicks((long)Math.Min(options.Value.FirstRetryDelay.Ticks * factor, MaxRetryDelay.Ticks));
        return delay;
    }
}
