using Hedershus.Core.Content.Events;
using Hedershus.Core.Content.Published;
using Hedershus.Core.Content.Storage;
using Hedershus.Core.Data;

namespace Hedershus.Core.Content.Editing;

/// <summary>
/// Runs a content write in one database transaction together with its change-journal rows, then waits
/// until this node's snapshot shows the change, so a caller can read what it just wrote.
/// </summary>
public sealed class ContentTransaction(
    HedershusDbContext db,
    PublishLock publishLock,
    PublishedSnapshotService snapshots,
    IEnumerable<IContentEventHandler> handlers,
    TimeProvider clock)
{
    private readonly List<ChangeJournalEntry> _journal = [];
    private readonly List<ContentEvent> _events = [];
    private bool _running;

    /// <summary>
    /// Whether a write waits until this node's snapshot shows it. Bulk imports turn it off and catch up once
    /// at the end, so the snapshot is rebuilt once per batch of journal rows rather than once per node.
    /// </summary>
    public bool WaitForVisibility { get; set; } = true;

    /// <summary>
    /// Runs <paramref name="work"/> in a transaction. Inside another <see cref="ExecuteAsync{T}"/> it joins the
    /// outer transaction, so several operations (create, then publish) commit or roll back together.
    /// </summary>
    public async Task<T> ExecuteAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            if (_running)
            {
                var joined = await work();
                await db.SaveChangesAsync(cancellationToken);
                return joined;
            }

            // Someone else's transaction: hand the events over now, so they still commit with it.
            try
            {
                var inner = await work();
                await DispatchAsync(cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                return inner;
            }
            finally
            {
                _events.Clear();
            }
        }

        _journal.Clear();
        _events.Clear();
        T result;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await publishLock.EnterAsync(db, cancellationToken);
            _running = true;
            try
            {
                result = await work();
                await DispatchAsync(cancellationToken);
            }
            finally
            {
                _running = false;
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        if (_journal.Count > 0)
        {
            snapshots.Notify();
        }

        if (_journal.Count > 0 && WaitForVisibility)
        {
            await snapshots.WaitForAsync(_journal.Max(e => e.Id), cancellationToken);
        }

        return result;
    }

    public Task ExecuteAsync(Func<Task> work, CancellationToken cancellationToken) =>
        ExecuteAsync(async () => { await work(); return true; }, cancellationToken);

    /// <summary>Adds an event for the <see cref="IContentEventHandler"/>s; they see it before the transaction commits.</summary>
    public void Raise(ContentEvent contentEvent) => _events.Add(contentEvent);

    private async Task DispatchAsync(CancellationToken cancellationToken)
    {
        if (_events.Count == 0)
        {
            return;
        }

        await db.SaveChangesAsync(cancellationToken);
        var events = _events.ToList();
        _events.Clear();
        foreach (var handler in handlers)
        {
            await handler.HandleAsync(events, cancellationToken);
        }
    }

    /// <summary>Adds a journal row to the running transaction.</summary>
    public void Record(Guid nodeKey, ChangeKind kind, string? culture = null)
    {
        var entry = new ChangeJournalEntry { NodeKey = nodeKey, Kind = kind, Culture = culture, OccurredAt = clock.GetUtcNow().UtcDateTime };
        db.ChangeJournal.Add(entry);
        _journal.Add(entry);
    }
}
