using Hedershus.Core.Common;
using Hedershus.Core.Data;
using Hedershus.Core.Search.Analysis;
using Hedershus.Core.Search.Indexing;
using Lucene.Net.Index;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hedershus.Core.Search.Drafts;

/// <summary>
/// The index of drafts (the current version of every node outside the trash) for editors' search. Saves do not
/// pass through the change journal, so it syncs from the database: it compares each node's current version and
/// place in the tree (its ancestors scope editors' searches) with those indexed and re-indexes the difference
/// before each editor search.
/// </summary>
public sealed class DraftSearchIndex(
    HedershusPaths paths,
    SearchAnalyzers analyzers,
    SearchDocumentFactory documents,
    SearchableContentReader reader,
    DraftContentLoader loader,
    IServiceScopeFactory scopes,
    IOptions<SearchOptions> options,
    ILogger<DraftSearchIndex> logger) : SearchIndex("drafts", paths, analyzers, options, logger)
{
    private const int Batch = 500;

    private Dictionary<Guid, DraftState>? _indexed;

    /// <summary>Brings the index up to the drafts in the database.</summary>
    public async Task SyncAsync(CancellationToken cancellationToken)
    {
        await Writing.WaitAsync(cancellationToken);
        try
        {
            var indexed = _indexed ??= IndexedStates();
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<HedershusDbContext>();
            var current = await DraftContentLoader.CurrentStatesAsync(db, cancellationToken);
            var removed = indexed.Keys.Where(k => !current.ContainsKey(k)).ToList();
            var changed = current.Where(c => !indexed.TryGetValue(c.Key, out var state) || state != c.Value).Select(c => c.Key).ToList();
            if (removed.Count == 0 && changed.Count == 0)
            {
                return;
            }

            foreach (var key in removed)
            {
                Live.Writer.DeleteDocuments(new Term(IndexFields.Key, key.ToString("D")));
                indexed.Remove(key);
            }

            foreach (var chunk in changed.Chunk(Batch))
            {
                await IndexAsync(db, chunk, current, indexed, cancellationToken);
            }

            MarkDirty();
            Live.Refresh();
        }
        finally
        {
            Writing.Release();
        }
    }

    protected override IDictionary<string, string> CommitData() => SchemaData();

    private async Task IndexAsync(
        HedershusDbContext db, Guid[] keys, Dictionary<Guid, DraftState> current, Dictionary<Guid, DraftState> indexed, CancellationToken cancellationToken)
    {
        foreach (var (node, version) in await loader.LoadAsync(db, keys, cancellationToken))
        {
            // The version read with the content wins over the one listed a moment before (a save in between).
            var state = current[node.Key] with { Version = version };
            var path = state.PathKeys;
            Live.Writer.DeleteDocuments(new Term(IndexFields.Key, node.Key.ToString("D")));
            foreach (var content in reader.Read(node, routedOnly: false))
            {
                Live.Writer.AddDocument(documents.Create(content with { Version = version, Path = path }), documents.AnalyzerFor(content.Culture));
            }

            indexed[node.Key] = state;
        }
    }

    /// <summary>What the index holds, read once after start; an index of another schema is emptied.</summary>
    private Dictionary<Guid, DraftState> IndexedStates()
    {
        var versions = new Dictionary<Guid, DraftState>();
        var live = Live;
        if (!MatchesSchema(OpenedCommitData))
        {
            live.Writer.DeleteAll();
            return versions;
        }

        using var lease = Acquire();
        var fields = new HashSet<string> { IndexFields.Key, IndexFields.Version, IndexFields.PathKeys };
        foreach (var leaf in lease.Searcher.IndexReader.Leaves)
        {
            var atomic = leaf.AtomicReader;
            var liveDocs = atomic.LiveDocs;
            for (var doc = 0; doc < atomic.MaxDoc; doc++)
            {
                if (liveDocs is not null && !liveDocs.Get(doc))
                {
                    continue;
                }

                var stored = atomic.Document(doc, fields);
                if (Guid.TryParse(stored.Get(IndexFields.Key), out var key) && stored.GetField(IndexFields.Version)?.GetInt32Value() is int version)
                {
                    versions[key] = new DraftState(version, stored.Get(IndexFields.PathKeys) ?? "");
                }
            }
        }

        return versions;
    }
}
