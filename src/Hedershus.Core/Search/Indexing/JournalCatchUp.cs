using Hedershus.Core.Content.Published;

namespace Hedershus.Core.Search.Indexing;

/// <summary>
/// Brings an index that was closed at one journal position up to a later snapshot: re-indexes what the journal
/// names since then (with descendants, as routes move with their ancestors) and drops nodes no longer published.
/// </summary>
internal sealed class JournalCatchUp(PublishedJournalReader journal, SnapshotIndexWriter writing)
{
    /// <returns>How many nodes were re-written.</returns>
    public async Task<int> ApplyAsync(IndexGeneration live, long position, PublishedSnapshot snapshot, CancellationToken cancellationToken)
    {
        var changed = (await journal.ChangedKeysAsync(position, snapshot.Position, cancellationToken)).ToHashSet();
        var keys = SnapshotIndexWriter.WithDescendants(changed, before: null, snapshot);

        using (var lease = new SearcherLease(live.Searchers, live.Searchers.Acquire()))
        {
            keys.UnionWith(SnapshotIndexWriter.IndexedKeys(lease.Searcher.IndexReader).Where(k => snapshot.Find(k) is null));
        }

        writing.WriteDifference(live.Writer, keys, before: null, snapshot, changed: keys);
        live.Refresh();
        return keys.Count;
    }
}
