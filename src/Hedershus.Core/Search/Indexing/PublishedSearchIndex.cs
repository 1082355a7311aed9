using System.Globalization;
using Hedershus.Core.Common;
using Hedershus.Core.Content;
using Hedershus.Core.Content.Published;
using Hedershus.Core.Search.Analysis;
using Hedershus.Core.Search.Rebuild;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hedershus.Core.Search.Indexing;

/// <summary>
/// The index of published content: one document per node and culture it can be read in. It follows the published
/// snapshot: each batch of journal rows re-indexes the changed nodes and every descendant whose record changed
/// (routes move with their ancestors), and the commit records the journal position, so a restart applies only
/// what it missed. A full rebuild writes a new generation while searches use the old one, then swaps; the commit
/// records the last rebuild request (<see cref="SearchRebuildRequests"/>) it was built after.
/// </summary>
public sealed class PublishedSearchIndex(
    HedershusPaths paths,
    SearchAnalyzers analyzers,
    SnapshotIndexWriter writing,
    PublishedJournalReader journal,
    SearchRebuildRequests rebuildRequests,
    IOptions<SearchOptions> options,
    IOptions<ContentOptions> contentOptions,
    MemoryCompactor memory,
    ILogger<PublishedSearchIndex> logger) : SearchIndex("published", paths, analyzers, options, logger)
{
    private readonly SemaphoreSlim _rebuilding = new(1, 1);
    private readonly BackgroundRebuild _background = new(logger);
    private readonly JournalCatchUp _catchUp = new(journal, writing);
    private volatile PublishedSnapshot? _indexed;
    private volatile bool _complete;
    private long _rebuildRequest;

    /// <summary>The last snapshot this index followed; the live generation reflects it unless <see cref="Rebuilding"/>.</summary>
    public PublishedSnapshot? IndexedSnapshot => _indexed;

    /// <summary>True while a full rebuild is writing a new generation.</summary>
    public bool Rebuilding { get; private set; }

    /// <summary>How many full rebuilds have been swapped in since start.</summary>
    public int Rebuilds { get; private set; }

    /// <summary>The id of the last rebuild request the live generation was built after (0: none).</summary>
    public long RebuildRequest => Interlocked.Read(ref _rebuildRequest);

    /// <summary>Applies one batch of journal rows (called by the snapshot follower, in order).</summary>
    public async Task ApplyAsync(IReadOnlyList<ContentChange> changes, PublishedSnapshot snapshot, CancellationToken cancellationToken)
    {
        await Writing.WaitAsync(cancellationToken);
        try
        {
            var before = _indexed;
            var changed = changes.Select(c => c.NodeKey).ToHashSet();
            writing.WriteDifference(Live.Writer, SnapshotIndexWriter.WithDescendants(changed, before, snapshot), before, snapshot, changed);
            _indexed = snapshot;
            MarkDirty();
            Live.Refresh();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _complete = false;
            Logger.LogError(e, "Updating the search index failed; rebuilding it");
            StartRebuild();
        }
        finally
        {
            Writing.Release();
        }
    }

    /// <summary>
    /// The snapshot was built from scratch (start-up, or this node fell far behind). An intact index at the same
    /// position is kept; one a little behind catches up from the journal; anything else is rebuilt — before
    /// returning when the site is small, else in the background while the old generation answers.
    /// </summary>
    public async Task FollowRebuiltSnapshotAsync(PublishedSnapshot snapshot, CancellationToken cancellationToken)
    {
        bool rebuild;
        await Writing.WaitAsync(cancellationToken);
        try
        {
            var live = Live; // opened first: it reads the commit data
            var startUp = _indexed is null;
            var position = startUp && MatchesSchema(OpenedCommitData) ? PublishedCommitData.Position(OpenedCommitData!) : null;
            rebuild = !(startUp && position <= snapshot.Position && snapshot.Position - position <= contentOptions.Value.RebuildThreshold);
            Logger.LogInformation(
                "Search index at journal position {Position}, snapshot at {SnapshotPosition}: {Action}",
                position?.ToString(CultureInfo.InvariantCulture) ?? "unknown", snapshot.Position, rebuild ? "rebuilding" : "keeping it");
            if (!rebuild)
            {
                await KeepAsync(live, position!.Value, snapshot, cancellationToken);
            }

            _indexed = snapshot;
            _complete = !rebuild;
        }
        finally
        {
            Writing.Release();
        }

        if (rebuild && snapshot.Count <= Options.SynchronousRebuildLimit)
        {
            await RebuildAsync(cancellationToken);
        }
        else if (rebuild)
        {
            StartRebuild();
        }
    }

    /// <summary>Keeps the index opened at start-up, at <paramref name="position"/>: catches it up to the snapshot from the journal.</summary>
    private async Task KeepAsync(IndexGeneration live, long position, PublishedSnapshot snapshot, CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref _rebuildRequest, PublishedCommitData.RebuildRequest(OpenedCommitData!));
        if (position < snapshot.Position)
        {
            var count = await _catchUp.ApplyAsync(live, position, snapshot, cancellationToken);
            MarkDirty();
            Logger.LogInformation("Search index caught up from journal position {From} to {To}: {Count} nodes", position, snapshot.Position, count);
        }
    }

    /// <summary>Builds a new generation from the followed snapshot and swaps it in; searches keep using the old one meanwhile.</summary>
    public Task RebuildAsync(CancellationToken cancellationToken) => RebuildAsync(forRequest: null, cancellationToken);

    /// <summary>Rebuilds unless the live generation (or one being built) was started after request <paramref name="latest"/>.</summary>
    public async Task FollowRebuildRequestAsync(long latest, CancellationToken cancellationToken)
    {
        if (latest > RebuildRequest && _indexed is not null)
        {
            await RebuildAsync(forRequest: latest, cancellationToken);
        }
    }

    private async Task RebuildAsync(long? forRequest, CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _background.Stopping);
        var token = linked.Token;
        await _rebuilding.WaitAsync(token);
        IndexGeneration? next = null;
        try
        {
            if (forRequest <= RebuildRequest)
            {
                return; // a rebuild that started after the request finished while this one waited
            }

            Rebuilding = true;
            var request = await rebuildRequests.LatestAsync(token);
            var snapshot = _indexed ?? PublishedSnapshot.Empty;
            MakeRoomBeside(Live);
            next = CreateGeneration();
            var started = System.Diagnostics.Stopwatch.StartNew();
            writing.WriteAll(next.Writer, snapshot, Options.RebuiltSegments, token);
            await SwapInAsync(next, snapshot, request, token);
            next = null;
            Rebuilds++;
            Logger.LogInformation("Search index rebuilt: {Count} published nodes in {Seconds:0.0} s", snapshot.Count, started.Elapsed.TotalSeconds);
            memory.Compact("rebuilding the search index");
        }
        finally
        {
            next?.Discard();
            if (next is not null)
            {
                TryDelete(next.Folder);
            }

            Rebuilding = false;
            _rebuilding.Release();
        }
    }

    /// <summary>
    /// A rebuild beside a live generation holds both at once, on top of whatever garbage searches and journal batches
    /// left for the collector: returning that first keeps the peak near what is live (at 100,000 documents the rebuild
    /// was the run's peak, 200 MB above the heap that was live). Not before the first build at start-up, which has
    /// nothing beside it and follows the snapshot's own compaction.
    /// </summary>
    private void MakeRoomBeside(IndexGeneration live)
    {
        if (live.Writer.MaxDoc > 0)
        {
            memory.Compact("searches and journal batches, before rebuilding the search index");
        }
    }

    /// <summary>Starts a rebuild in the background unless one is running.</summary>
    public void StartRebuild() => _background.Start(RebuildAsync);

    /// <summary>Waits for a background rebuild to finish (for tools and tests).</summary>
    public Task WaitForRebuildAsync() => _background.Current;

    protected override IDictionary<string, string> CommitData()
    {
        var data = SchemaData();
        PublishedCommitData.Add(data, _complete ? _indexed?.Position : null, RebuildRequest);
        return data;
    }

    private async Task SwapInAsync(IndexGeneration next, PublishedSnapshot built, long request, CancellationToken cancellationToken)
    {
        await Writing.WaitAsync(cancellationToken);
        try
        {
            writing.WriteSince(next.Writer, built, _indexed ?? built);
            _complete = true;
            Interlocked.Exchange(ref _rebuildRequest, Math.Max(request, RebuildRequest));
            Swap(next);
        }
        finally
        {
            Writing.Release();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _background.Dispose();
        }

        base.Dispose(disposing);
    }
}
