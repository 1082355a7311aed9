using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hedershus.Core.Dictionary;

/// <summary>Loads the dictionary at start, then notices changes made by other nodes of a cluster every few seconds.</summary>
public sealed class DictionaryFollower(DictionarySnapshotService snapshots, ILogger<DictionaryFollower> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await snapshots.RefreshIfChangedAsync(stoppingToken);

                // A real-time wait, like the media follower's: polling must go on when tests freeze the TimeProvider.
                await Task.Delay(Interval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "Checking the dictionary for changes failed; trying again at the next interval");
                await Task.Delay(Interval, stoppingToken);
            }
        }
    }
}
