using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hedershus.Core.Media;

/// <summary>Notices media written by other nodes of a cluster: every <see cref="MediaOptions.RefreshSeconds"/> it compares the library's <see cref="MediaLibraryVersion"/>.</summary>
public sealed class MediaSnapshotFollower(MediaSnapshotService snapshots, IOptions<MediaOptions> options, ILogger<MediaSnapshotFollower> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(options.Value.RefreshSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // A real-time wait, like the journal follower's: polling must go on when tests freeze the TimeProvider.
                await Task.Delay(interval, stoppingToken);
                await snapshots.RefreshIfChangedAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "Checking the media table for changes failed; trying again at the next interval");
            }
        }
    }
}
