using Hedershus.Core.Content.Events;

namespace Hedershus.Core.Audit;

/// <summary>Writes an audit row for every content change, in the change's transaction.</summary>
public sealed class AuditContentEventHandler(IAuditLog audit) : IContentEventHandler
{
    public Task HandleAsync(IReadOnlyList<ContentEvent> events, CancellationToken cancellationToken)
    {
        foreach (var contentEvent in events)
        {
            var action = AuditActions.For(contentEvent.Action);
            foreach (var culture in CulturesOf(contentEvent))
            {
                audit.Add(new AuditRecord(action) { NodeKey = contentEvent.NodeKey, Culture = culture });
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// A new version names each culture whose draft it changed; one that changed only shared values, or a change
    /// of the whole node, is one row without a culture.
    /// </summary>
    private static IEnumerable<string?> CulturesOf(ContentEvent contentEvent)
    {
        if (contentEvent.Culture is not null || contentEvent.DraftAfter is not { } after)
        {
            return [contentEvent.Culture];
        }

        IReadOnlyList<string?> changed = DraftChanges.Cultures(contentEvent.DraftBefore, after);
        return changed.Count > 0 ? changed : [null];
    }
}
