namespace Hedershus.Core.Content.Storage;

/// <summary>
/// One change of published state, written in the same transaction as the change. Every running node applies
/// the journal in order to its published snapshot and its search index.
/// </summary>
public sealed class ChangeJournalEntry
{
    public long Id { get; set; }
    public Guid NodeKey { get; set; }
    public ChangeKind Kind { get; set; }
    public string? Culture { get; set; }
    public DateTime OccurredAt { get; set; }
}

public enum ChangeKind
{
    Published = 0,
    Unpublished = 1,
    Moved = 2,
    Deleted = 3,
    Sorted = 4,
}
