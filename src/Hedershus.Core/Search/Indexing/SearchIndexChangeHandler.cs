using Hedershus.Core.Content.Published;

namespace Hedershus.Core.Search.Indexing;

/// <summary>Keeps the published index in step with the snapshot on every node of a cluster.</summary>
public sealed class SearchIndexChangeHandler(PublishedSearchIndex index) : IContentChangeHandler
{
    public Task HandleAsync(IReadOnlyList<ContentChange> changes, PublishedSnapshot snapshot, CancellationToken cancellationToken) =>
        index.ApplyAsync(changes, snapshot, cancellationToken);

    public Task RebuiltAsync(PublishedSnapshot snapshot, CancellationToken cancellationToken) =>
        index.FollowRebuiltSnapshotAsync(snapshot, cancellationToken);
}
