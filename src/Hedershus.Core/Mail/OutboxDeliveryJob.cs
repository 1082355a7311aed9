using Hedershus.Core.Common;

namespace Hedershus.Core.Mail;

/// <summary>Delivers the outbox. Recurring every minute and enqueued after writes; runs on several nodes at once safely.</summary>
public sealed class OutboxDeliveryJob(OutboxDelivery delivery) : IBackgroundJob
{
    public const string RecurringId = "mail-outbox-delivery";
    public const string Cron = "* * * * *";

    public Task RunAsync(CancellationToken cancellationToken) => delivery.DeliverDueAsync(cancellationToken);
}
