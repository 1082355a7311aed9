using Hedershus.Core.Search.Drafts;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hedershus.Core.Search.Indexing;

/// <summary>
/// Commits the indexes to disk at an interval, off the request path. Searches see changes before they are
/// committed (near-real-time readers); the commit is what survives a restart.
/// </summary>
public sealed class SearchIndexCommitter(
    PublishedSearchIndex published,
    DraftSearchIndex drafts,
    IOptions<SearchOptions> options,
    ILogger<SearchIndexCommitter> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromMilliseconds(Math.Max(50, options.Value.CommitIntervalMilliseconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(interval, stoppingToken);
                await published.CommitIfDirtyAsync(stoppingToken);
                await drafts.CommitIfDirtyAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "Committing a search index failed; trying again");
            }
        }
    }
}
