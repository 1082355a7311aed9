using Hedershus.Core.Common;

namespace Hedershus.Core.Search.Indexing;

/// <summary>
/// A full rebuild of the published index of the node that runs it: a new generation is built beside the live one
/// and swapped in. Running it twice only rebuilds twice.
/// </summary>
public sealed class SearchIndexRebuildJob(PublishedSearchIndex index) : IBackgroundJob
{
    public Task RunAsync(CancellationToken cancellationToken) => index.RebuildAsync(cancellationToken);
}
