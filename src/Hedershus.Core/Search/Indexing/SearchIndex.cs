using Hedershus.Core.Common;
using Hedershus.Core.Search.Analysis;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hedershus.Core.Search.Indexing;

/// <summary>
/// One index on disk (<c>{Search:Path}/{name}/</c>) as a singleton: it owns the live generation's writer and
/// searcher manager, commits off the request path, and swaps in a rebuilt generation without stopping searches.
/// The file <c>current</c> names the live generation's folder.
/// </summary>
public abstract class SearchIndex : IDisposable
{
    /// <summary>Raise when the fields or their meaning change, so every node rebuilds its index at start-up.</summary>
    public const string SchemaVersion = "2";

    protected const string SchemaKey = "schema";
    protected const string ModeKey = "mode";

    private static readonly TimeSpan RetireDelay = TimeSpan.FromSeconds(5);

    private readonly Lock _opening = new();
    private readonly List<IndexGeneration> _retired = [];
    private readonly SearchAnalyzers _analyzers;
    private volatile IndexGeneration? _live;
    private int _dirty;
    private bool _disposed;

    protected SearchIndex(string name, HedershusPaths paths, SearchAnalyzers analyzers, IOptions<SearchOptions> options, ILogger logger)
    {
        var root = string.IsNullOrWhiteSpace(options.Value.Path) ? paths.SearchPath : paths.Resolve(options.Value.Path);
        Folder = Path.Combine(root, name);
        Options = options.Value;
        Logger = logger;
        _analyzers = analyzers;
    }

    /// <summary>The folder holding this index's generations.</summary>
    public string Folder { get; }

    /// <summary>The live generation, opened (or created empty) at first use.</summary>
    public IndexGeneration Live => _live ?? OpenLive();

    /// <summary>Whether the live generation was read intact from disk at start-up, with its commit data.</summary>
    protected IDictionary<string, string>? OpenedCommitData { get; private set; }

    protected SearchOptions Options { get; }

    protected ILogger Logger { get; }

    /// <summary>Serialises every write to the live generation and the swap.</summary>
    protected SemaphoreSlim Writing { get; } = new(1, 1);

    /// <summary>Borrows the current searcher; dispose the lease when the search is done.</summary>
    public SearcherLease Acquire()
    {
        while (true)
        {
            var generation = Live;
            try
            {
                return new SearcherLease(generation.Searchers, generation.Searchers.Acquire());
            }
            catch (ObjectDisposedException) when (!ReferenceEquals(generation, _live))
            {
                // swapped out between reading Live and acquiring: take the new one
            }
        }
    }

    public async Task CommitIfDirtyAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _dirty, 0) == 0)
        {
            return;
        }

        await Writing.WaitAsync(cancellationToken);
        try
        {
            Live.Commit(CommitData());
        }
        finally
        {
            Writing.Release();
        }
    }

    /// <summary>What a commit records besides the schema: e.g. the journal position the index reflects.</summary>
    protected abstract IDictionary<string, string> CommitData();

    protected Dictionary<string, string> SchemaData() => new(StringComparer.Ordinal)
    {
        [SchemaKey] = SchemaVersion,
        [ModeKey] = Options.Mode.ToString(),
    };

    protected bool MatchesSchema(IDictionary<string, string>? data) =>
        data is not null && data.TryGetValue(SchemaKey, out var schema) && schema == SchemaVersion
        && data.TryGetValue(ModeKey, out var mode) && mode == Options.Mode.ToString();

    protected void MarkDirty() => Interlocked.Exchange(ref _dirty, 1);

    /// <summary>A new, empty generation beside the live one.</summary>
    protected IndexGeneration CreateGeneration() =>
        IndexGeneration.Open(Path.Combine(Folder, "g" + Guid.NewGuid().ToString("N")[..12]), _analyzers.Standard, create: true);

    /// <summary>Commits <paramref name="next"/>, makes it the live generation and retires the old one. Call holding <see cref="Writing"/>.</summary>
    protected void Swap(IndexGeneration next)
    {
        next.Commit(CommitData());
        next.Refresh();
        var old = _live;
        _live = next;
        WritePointer(next.Name);
        if (old is not null)
        {
            Retire(old);
        }
    }

    private IndexGeneration OpenLive()
    {
        lock (_opening)
        {
            if (_live is not null)
            {
                return _live;
            }

            ObjectDisposedException.ThrowIf(_disposed, this);
            Directory.CreateDirectory(Folder);
            var live = TryOpenCurrent() ?? CreateGeneration();
            if (OpenedCommitData is null)
            {
                live.Commit(SchemaData()); // no position: a restart before the first full build rebuilds again
                WritePointer(live.Name);
            }

            DeleteOtherGenerations(live.Name);
            _live = live;
            return live;
        }
    }

    private IndexGeneration? TryOpenCurrent()
    {
        var pointer = Path.Combine(Folder, "current");
        var name = File.Exists(pointer) ? File.ReadAllText(pointer).Trim() : "";
        if (name.Length == 0 || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || !Directory.Exists(Path.Combine(Folder, name)))
        {
            Logger.LogInformation("No search index in {Folder}; building a new one", Folder);
            return null;
        }

        IndexGeneration? generation = null;
        try
        {
            generation = IndexGeneration.Open(Path.Combine(Folder, name), _analyzers.Standard, create: false);
            if (Options.VerifyOnStart)
            {
                generation.Verify();
            }

            OpenedCommitData = new Dictionary<string, string>(generation.CommitData, StringComparer.Ordinal);
            return generation;
        }
        catch (Exception e)
        {
            // Damage shows as many exception types (bad headers, short files, wrong lengths): any of them means rebuild.
            Logger.LogWarning(e, "The search index in {Folder} cannot be read; building a new one", Folder);
            TryDiscard(generation);
            return null;
        }
    }

    private void WritePointer(string name)
    {
        var pointer = Path.Combine(Folder, "current");
        var temporary = pointer + ".tmp";
        File.WriteAllText(temporary, name);
        File.Move(temporary, pointer, overwrite: true);
    }

    private void Retire(IndexGeneration old)
    {
        lock (_retired)
        {
            _retired.Add(old);
        }

        _ = Task.Delay(RetireDelay).ContinueWith(_ => Close(old), TaskScheduler.Default);
    }

    private void Close(IndexGeneration old)
    {
        lock (_retired)
        {
            if (!_retired.Remove(old))
            {
                return;
            }
        }

        TryDiscard(old);
        TryDelete(old.Folder);
    }

    private void DeleteOtherGenerations(string keep)
    {
        foreach (var folder in Directory.EnumerateDirectories(Folder).Where(f => Path.GetFileName(f) != keep))
        {
            TryDelete(folder);
        }
    }

    private void TryDiscard(IndexGeneration? generation)
    {
        try
        {
            generation?.Discard();
        }
        catch (Exception e)
        {
            Logger.LogDebug(e, "Closing a replaced search index generation failed");
        }
    }

    protected void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Logger.LogDebug(e, "A replaced search index folder could not be deleted yet; it is removed at the next start");
        }
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (!disposing || _disposed)
        {
            return;
        }

        lock (_opening)
        {
            _disposed = true;
            if (_live is { } live)
            {
                live.Commit(CommitData());
                live.Dispose();
            }

            _live = null;
        }

        lock (_retired)
        {
            _retired.ForEach(TryDiscard);
            _retired.Clear();
        }

        Writing.Dispose();
    }
}
