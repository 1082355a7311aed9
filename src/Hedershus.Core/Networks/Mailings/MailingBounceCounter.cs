using Hedershus.Core.Data;
using Hedershus.Core.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hedershus.Core.Networks.Mailings;

/// <summary>
/// Counts permanent refusals of mailing messages per address in a row and stops mailings to an address at
/// <see cref="MailingOptions.MaxPermanentFailures"/>; a delivered mailing message resets the count. Transactional
/// mail is neither counted nor stopped: a sign-in code must still reach someone whose mailbox was full last week.
/// </summary>
public sealed class MailingBounceCounter(HedershusDbContext db, IOptions<MailingOptions> options, TimeProvider clock, ILogger<MailingBounceCounter> logger)
    : IOutboxDeliveryObserver
{
    public async Task DeliveredAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (message.Kind == MailingMessages.Kind)
        {
            await db.Set<MailingBounce>().Where(b => b.Email == message.ToAddress && b.StoppedAt == null && b.ConsecutiveFailures > 0)
                .ExecuteUpdateAsync(s => s.SetProperty(b => b.ConsecutiveFailures, 0), cancellationToken);
        }
    }

    public async Task FailedAsync(OutboxMessage message, MailDeliveryException failure, CancellationToken cancellationToken)
    {
        if (message.Kind != MailingMessages.Kind || !failure.Permanent)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (await IncrementAsync(message.ToAddress, now, cancellationToken) == 0)
        {
            db.Add(new MailingBounce { Email = message.ToAddress, ConsecutiveFailures = 1, LastFailureAt = now });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another node counted the address's first failure at the same moment; count this one on its row.
                db.ChangeTracker.Clear();
                await IncrementAsync(message.ToAddress, now, cancellationToken);
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }

        var limit = options.Value.MaxPermanentFailures;
        if (await db.Set<MailingBounce>().Where(b => b.Email == message.ToAddress && b.StoppedAt == null && b.ConsecutiveFailures >= limit)
                .ExecuteUpdateAsync(s => s.SetProperty(b => b.StoppedAt, now), cancellationToken) > 0)
        {
            logger.LogInformation("An address refused {Limit} mailing messages in a row (last: outbox message {Id}); it gets no more mailings", limit, message.Id);
        }
    }

    private Task<int> IncrementAsync(string email, DateTime now, CancellationToken cancellationToken) =>
        db.Set<MailingBounce>().Where(b => b.Email == email).ExecuteUpdateAsync(
            s => s.SetProperty(b => b.ConsecutiveFailures, b => b.ConsecutiveFailures + 1).SetProperty(b => b.LastFailureAt, now), cancellationToken);
}
