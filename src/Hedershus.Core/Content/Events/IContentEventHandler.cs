namespace Hedershus.Core.Content.Events;

/// <summary>
/// Implemented by features that must write something together with a content change (the audit log, translation
/// status, reviews). Called once per transaction, before it commits, with the events in the order they happened;
/// an exception rolls the whole change back. Unlike <see cref="Published.IContentChangeHandler"/>, this runs once
/// in the writing request, not on every node of the cluster.
/// </summary>
public interface IContentEventHandler
{
    Task HandleAsync(IReadOnlyList<ContentEvent> events, CancellationToken cancellationToken);
}
