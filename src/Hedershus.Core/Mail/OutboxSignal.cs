using Hedershus.Core.Common;
using Microsoft.Extensions.Logging;

namespace Hedershus.Core.Mail;

/// <summary>
/// Asks for an outbox run soon after messages were committed, so mail goes out within a second rather than at the
/// next minute. Writes within <see cref="Window"/> share one enqueued job: a burst of 500 registrations costs two
/// or three jobs, not 500.
/// </summary>
public sealed class OutboxSignal(IJobScheduler scheduler, ILogger<OutboxSignal> logger)
{
    private static readonly TimeSpan Window = TimeSpan.FromMilliseconds(500);
    private int _scheduled;

    public void Written()
    {
        if (Interlocked.Exchange(ref _scheduled, 1) == 1)
        {
            return;
        }

        _ = EnqueueAfterWindowAsync();
    }

    private async Task EnqueueAfterWindowAsync()
    {
        // Window length only batches; it is not business time, so it does not go through TimeProvider.
        await Task.Delay(Window);
        Interlocked.Exchange(ref _scheduled, 0);
        try
        {
            scheduler.Enqueue<OutboxDeliveryJob>();
        }
        catch (Exception e)
        {
            // The recurring run picks the messages up within a minute.
            logger.LogWarning(e, "Could not enqueue an outbox run");
        }
    }
}
