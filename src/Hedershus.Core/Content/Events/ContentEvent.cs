namespace Hedershus.Core.Content.Events;

/// <summary>
/// A change made by the content services, handed to every <see cref="IContentEventHandler"/> inside the transaction
/// that makes it, so what the handlers write (audit rows, translation marks, review states) commits or rolls back with it.
/// </summary>
/// <param name="Action">What was done.</param>
/// <param name="NodeId">The node's database id.</param>
/// <param name="NodeKey">The node's key.</param>
/// <param name="Culture">The culture concerned, or null when the change concerns the whole node.</param>
public sealed record ContentEvent(ContentEventKind Action, int NodeId, Guid NodeKey, string? Culture = null)
{
    /// <summary>For a new version: the draft before (null for a new node) and after.</summary>
    public ContentData? DraftBefore { get; init; }

    /// <inheritdoc cref="DraftBefore"/>
    public ContentData? DraftAfter { get; init; }

    /// <summary>For <see cref="ContentEventKind.Published"/>: the culture's published data before (null if it was not published) and after.</summary>
    public ContentData? PublishedBefore { get; init; }

    /// <inheritdoc cref="PublishedBefore"/>
    public ContentData? PublishedAfter { get; init; }
}

/// <summary>What the content services did. The audit log records these names.</summary>
public enum ContentEventKind
{
    Created,
    Saved,
    RolledBack,
    Copied,
    Imported,
    Published,
    Unpublished,
    Scheduled,
    Moved,
    Sorted,
    Trashed,
    Restored,
    Deleted,
}
