using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hedershus.Core.Content.Published;

/// <summary>Applies change-journal rows to this node's snapshot: at once when this process wrote them, else at each poll.</summary>
public sealed class ChangeJournalFollower(PublishedSnapshotService snapshots, IOptions<ContentOptions> options, ILogger<ChangeJournalFollower> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromMilliseconds(Math.Max(10, options.Value.JournalPollMilliseconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await snapshots.WaitForSignalAsync(interval, stoppingToken);
                await snapshots.CatchUpAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "Applying the change journal failed; trying again");
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
        }
    }
}
