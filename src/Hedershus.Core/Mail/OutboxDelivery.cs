using System.Diagnostics;
using Hedershus.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hedershus.Core.Mail;

/// <summary>
/// Sends due outbox messages in batches: claim up to <see cref="BatchSize"/> rows with one statement, send them over
/// one connection, mark them sent. A claim whose holder died expires and its rows are tried again unless they were
/// marked sent; see docs/decisions/004-mail-outbox-delivery.md for why that is the chosen side of at-least/at-most once.
/// </summary>
public sealed class OutboxDelivery(
    HedershusDbContext db,
    MailTransport transport,
    SqliteWriterGate writerGate,
    OutboxSignal signal,
    IOptions<MailOptions> options,
    TimeProvider clock,
    ILogger<OutboxDelivery> logger,
    IEnumerable<IOutboxDeliveryObserver> observers)
{
    /// <summary>Rows claimed at once: one claim statement per batch instead of per message, during a burst too.</summary>
    public const int BatchSize = 50;

    /// <summary>Messages sent between two looks at whether a burst of writes is on (see <see cref="PaceAsync"/>).</summary>
    private const int PaceSlice = 10;

    private static readonly TimeSpan MaxPause = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromHours(6);

    /// <summary>Sends until nothing is due or the node stops; returns how many messages were handed over.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        var sent = 0;
        while (!cancellationToken.IsCancellationRequested &&
               await OutboxClaim.TakeAsync(db, writerGate, BatchSize, Now, options.Value.ClaimTimeout, cancellationToken) is { } claim)
        {
            sent += await DeliverAsync(claim, cancellationToken);
        }

        return sent;
    }

    /// <summary>
    /// Sends the claimed messages in order and stops only between two of them: when the node stops, or when the rest of
    /// the claim is too short to finish another conversation. Either way the unsent rows are given back untouched.
    /// </summary>
    private async Task<int> DeliverAsync(OutboxClaim claim, CancellationToken cancellationToken)
    {
        var handedOver = new List<OutboxMessage>();
        var sent = 0;
        var next = 0;
        var slice = Stopwatch.StartNew();
        for (; next < claim.Messages.Count && !cancellationToken.IsCancellationRequested && HoldsForAnotherSend(claim); next++)
        {
            if (next > 0 && next % PaceSlice == 0)
            {
                await PaceAsync(slice, cancellationToken);
            }

            var message = claim.Messages[next];
            if (await SendAsync(message) is { } failure)
            {
                await RecordFailureAsync(message, failure);
                continue;
            }

            sent++;
            handedOver.Add(message);
            // Over SMTP a message handed over but not yet marked is sent again after a crash, so it is marked before the
            // next conversation begins; a transport where a repeat leaves one copy can mark the whole batch at once.
            if (!transport.IsIdempotent)
            {
                await MarkSentAsync(handedOver);
            }
        }

        await MarkSentAsync(handedOver);
        await claim.ReleaseAsync(claim.Messages.Skip(next));
        return sent;
    }

    /// <summary>
    /// While registrations (or other mail-writing requests) keep arriving, delivery steps aside for twice the time its
    /// last slice took, at most <see cref="MaxPause"/>: it then takes about a third of a core instead of competing with
    /// the requests for both, which is what made their slowest answers slow. Mail still flows during a burst, at that
    /// pace, and at full speed once writes pause. The pause is between two messages, holding no lock; the claim is long
    /// enough (minutes) that a pause never lets it run out.
    /// </summary>
    private async Task PaceAsync(Stopwatch slice, CancellationToken cancellationToken)
    {
        if (signal.IsBurst)
        {
            var pause = TimeSpan.FromTicks(Math.Min(slice.Elapsed.Ticks * 2, MaxPause.Ticks));
            await Task.Delay(pause, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        slice.Restart();
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>A conversation starts only with more than twice the SMTP timeout of the claim left, as after a fresh claim.</summary>
    private bool HoldsForAnotherSend(OutboxClaim claim) => claim.ClaimedUntil - Now > options.Value.SmtpTimeout * 2;

    private async Task<MailDeliveryException?> SendAsync(OutboxMessage message)
    {
        try
        {
            // Not cancellable once started: abandoning a half-finished SMTP conversation is what risks a duplicate.
            await transport.SendAsync(MimeMessageFactory.Create(message), CancellationToken.None);
            return null;
        }
        catch (MailDeliveryException e)
        {
            return e;
        }
    }

    /// <summary>One statement for all of <paramref name="messages"/>, then the observers hear of each; empties the list.</summary>
    private async Task MarkSentAsync(List<OutboxMessage> messages)
    {
        if (messages.Count == 0)
        {
            return;
        }

        var ids = messages.Select(m => m.Id).ToList();

        var now = Now;
        using (await writerGate.EnterAsync(CancellationToken.None))
        {
            await db.MailOutbox.Where(m => ids.Contains(m.Id)).ExecuteUpdateAsync(
                s => s.SetProperty(m => m.Status, OutboxStatus.Sent).SetProperty(m => m.SentAt, now)
                    .SetProperty(m => m.ClaimedUntil, (DateTime?)null).SetProperty(m => m.ClaimToken, (Guid?)null)
                    .SetProperty(m => m.LastError, (string?)null),
                CancellationToken.None);
        }

        foreach (var message in messages)
        {
            await NotifyAsync(message, o => o.DeliveredAsync(message, CancellationToken.None));
        }

        messages.Clear();
    }

    private async Task RecordFailureAsync(OutboxMessage message, MailDeliveryException e)
    {
        var giveUp = e.Permanent || message.Attempts >= options.Value.MaxAttempts;
        var next = clock.GetUtcNow().UtcDateTime + RetryDelay(message.Attempts);
        logger.LogWarning("Outbox message {Id} ({Kind}) attempt {Attempt} failed: {Reason}; {Outcome}",
            message.Id, message.Kind, message.Attempts, e.Reason, giveUp ? "marked failed" : "retrying at " + next.ToString("O"));
        using (await writerGate.EnterAsync(CancellationToken.None))
        {
            await db.MailOutbox.Where(m => m.Id == message.Id).ExecuteUpdateAsync(
                s => s.SetProperty(m => m.Status, giveUp ? OutboxStatus.Failed : OutboxStatus.Pending)
                    .SetProperty(m => m.NextAttemptAt, next)
                    .SetProperty(m => m.ClaimedUntil, (DateTime?)null)
                    .SetProperty(m => m.ClaimToken, (Guid?)null)
                    .SetProperty(m => m.LastError, e.Reason),
                CancellationToken.None);
        }

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
