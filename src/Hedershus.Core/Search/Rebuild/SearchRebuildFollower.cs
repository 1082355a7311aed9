using Hedershus.Core.Search.Indexing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hedershus.Core.Search.Rebuild;

/// <summary>
/// Looks at the rebuild requests at an interval and rebuilds this node's published index when one was made after
/// the index was built — on whichever node the administrator asked, and also for a node that was down then.
/// </summary>
public sealed class SearchRebuildFollower(
    PublishedSearchIndex index,
    SearchRebuildRequests requests,
    IOptions<SearchOptions> options,
    ILogger<SearchRebuildFollower> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromMilliseconds(Math.Max(50, options.Value.RebuildPollMilliseconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(interval, stoppingToken);
                if (index.IndexedSnapshot is not null)
                {
                    await index.FollowRebuildRequestAsync(await requests.LatestAsync(stoppingToken), stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "Following the search rebuild requests failed; trying again");
            }
        }
    }
}
