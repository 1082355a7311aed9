using System.Diagnostics;
using Hedershus.Core.Common;
using Microsoft.Extensions.Logging;

namespace Hedershus.Core.Mail;

/// <summary>
/// Asks for an outbox run soon after messages were committed, so mail goes out within a second or two rather than at
/// the next minute. The run is enqueued once writes have paused for <see cref="Quiet"/>, or <see cref="MaxDelay"/>
/// after the first write it covers: a burst of registrations gets one run per <see cref="MaxDelay"/> instead of
/// delivery competing with it for the database and the CPU the whole time, and a lone write still goes out at once.
/// </summary>
public sealed class OutboxSignal(IJobScheduler scheduler, ILogger<OutboxSignal> logger)
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan BurstWindow = TimeSpan.FromMilliseconds(50);
    private long _lastWrite;
    private int _scheduled;

    public void Written()
    {
        Volatile.Write(ref _lastWrite, Stopwatch.GetTimestamp());
        if (Interlocked.Exchange(ref _scheduled, 1) == 1)
        {
            return;
        }

        _ = EnqueueWhenQuietAsync();
    }

    /// <summary>True while messages are being written in a stream (the last one under 50 ms ago): a burst is on.</summary>
    public bool IsBurst
    {
        get
        {
            var last = Volatile.Read(ref _lastWrite);
            return last != 0 && Stopwatch.GetElapsedTime(last) < BurstWindow;
        }
    }

    private async Task EnqueueWhenQuietAsync()
    {
        // These delays only group writes; they are not business time, so they do not go through TimeProvider.
        var first = Stopwatch.GetTimestamp();
        do
        {
            await Task.Delay(Quiet);
        }
        while (Stopwatch.GetElapsedTime(Volatile.Read(ref _lastWrite)) < Quiet && Stopwatch.GetElapsedTime(first) < MaxDelay);

        // A write from here on schedules a run of its own; one that came just before is committed, so this run sees it.
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
