using Hedershus.Core.Common;

namespace Hedershus.Core.Search.Rebuild;

/// <summary>
/// A full rebuild of the published index on every node of the cluster (for a schedule or the jobs dashboard): it
/// records a rebuild request, which each node follows by building a new generation beside its live one and
/// swapping. Running it twice only rebuilds twice.
/// </summary>
public sealed class SearchIndexRebuildJob(SearchRebuildRequests requests) : IBackgroundJob
{
    public const string RequestedBy = "job";

    public Task RunAsync(CancellationToken cancellationToken) => requests.RequestAsync(RequestedBy, cancellationToken);
}
