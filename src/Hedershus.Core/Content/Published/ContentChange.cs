using Hedershus.Core.Content.Storage;

namespace Hedershus.Core.Content.Published;

/// <summary>A change of published state as other features see it (search, caches).</summary>
public sealed record ContentChange(long Position, Guid NodeKey, ChangeKind Kind, string? Culture);

/// <summary>
/// Implemented by features that react to published changes (the search index, for one). Called on the
/// follower's thread after the new snapshot is in place, once per batch, in journal order.
/// </summary>
public interface IContentChangeHandler
{
    Task HandleAsync(IReadOnlyList<ContentChange> changes, PublishedSnapshot snapshot, CancellationToken cancellationToken);

    /// <summary>The snapshot was rebuilt from scratch (start-up, or this node fell far behind).</summary>
    Task RebuiltAsync(PublishedSnapshot snapshot, CancellationToken cancellationToken);
}
