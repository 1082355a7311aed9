using System.Diagnostics;
using Hedershus.Core.Common;
using Hedershus.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hedershus.Core.Content.Published;

/// <summary>
/// Owns this node's published snapshot: builds it from the database at start-up and applies change-journal
/// rows in order. Readers take <see cref="Current"/> and never wait.
/// </summary>
public sealed class PublishedSnapshotService(
    IServiceScopeFactory scopes,
    PublishedContentLoader loader,
    CultureCatalog cultures,
    IEnumerable<IContentChangeHandler> handlers,
    IOptions<ContentOptions> options,
    ILogger<PublishedSnapshotService> logger) : IDisposable
{
    private readonly SemaphoreSlim _applying = new(1, 1);
    private readonly SemaphoreSlim _signal = new(0, 1);
    private readonly PublishedSnapshotBuilder _builder = new(cultures.All.Select(c => c.Code).ToList(), cultures.Default);
    private Dictionary<Guid, PublishedContent> _published = [];
    private volatile PublishedSnapshot _current = PublishedSnapshot.Empty;

    public PublishedSnapshot Current => _current;

    public void Dispose()
    {
        _applying.Dispose();
        _signal.Dispose();
    }

    /// <summary>When the snapshot was last swapped (for health).</summary>
    public DateTimeOffset? BuiltAt { get; private set; }

    /// <summary>Tells the follower that this process wrote journal rows, so it looks now rather than at the next poll.</summary>
    public void Notify()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // already signalled
        }
    }

    internal Task<bool> WaitForSignalAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);

    /// <summary>Builds the snapshot from the database, from scratch.</summary>
    public async Task RebuildAsync(CancellationToken cancellationToken)
    {
        await _applying.WaitAsync(cancellationToken);
        try
        {
            await RebuildLockedAsync(cancellationToken);
        }
        finally
        {
            _applying.Release();
        }
    }

    /// <summary>Applies journal rows written since the snapshot's position. Returns how many were applied.</summary>
    public async Task<int> CatchUpAsync(CancellationToken cancellationToken)
    {
        await _applying.WaitAsync(cancellationToken);
        try
        {
            return await CatchUpLockedAsync(cancellationToken);
        }
        finally
        {
            _applying.Release();
        }
    }

    /// <summary>Applies journal rows until none are left (after a bulk write).</summary>
    public async Task CatchUpFullyAsync(CancellationToken cancellationToken)
    {
        while (await CatchUpAsync(cancellationToken) > 0)
        {
        }
    }

    /// <summary>Returns once the snapshot includes journal row <paramref name="position"/> (read-your-writes).</summary>
    public async Task WaitForAsync(long position, CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        while (_current.Position < position && waited.ElapsedMilliseconds < options.Value.VisibleTimeoutMilliseconds)
        {
            if (await CatchUpAsync(cancellationToken) == 0 && _current.Position < position)
            {
                await Task.Delay(5, cancellationToken);
            }
        }
    }

    private async Task RebuildLockedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HedershusDbContext>();

        // Read the position first: rows after it are applied later, and applying is idempotent.
        var position = await db.ChangeJournal.MaxAsync(e => (long?)e.Id, cancellationToken) ?? 0;
        var nodes = await loader.LoadAsync(db, keys: null, cancellationToken);
        _published = nodes.ToDictionary(n => n.Key);
        var snapshot = Swap(position);
        logger.LogInformation("Published snapshot built: {Count} nodes at journal position {Position}", snapshot.Count, position);
        foreach (var handler in handlers)
        {
            await Notify(() => handler.RebuiltAsync(snapshot, cancellationToken));
        }
    }

    private async Task<int> CatchUpLockedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HedershusDbContext>();
        var from = _current.Position;
        var limit = options.Value.RebuildThreshold;
        var rows = await db.ChangeJournal.AsNoTracking().Where(e => e.Id > from).OrderBy(e => e.Id).Take(limit + 1).ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return 0;
        }

        if (rows.Count > limit)
        {
            logger.LogWarning("This node is more than {Limit} journal rows behind; rebuilding the snapshot", limit);
            await RebuildLockedAsync(cancellationToken);
            return rows.Count;
        }

        var keys = rows.Select(r => r.NodeKey).Distinct().ToList();
        var fresh = (await loader.LoadAsync(db, keys, cancellationToken)).ToDictionary(n => n.Key);
        var published = new Dictionary<Guid, PublishedContent>(_published);
        foreach (var key in keys)
        {
            if (fresh.TryGetValue(key, out var node))
            {
                published[key] = node;
            }
            else
            {
                published.Remove(key);
            }
        }

        _published = published;
        var replaced = keys.Count == fresh.Count ? _builder.TryReplace(_current, rows[^1].Id, fresh.Values.ToList()) : null;
        var snapshot = replaced is null ? Swap(rows[^1].Id) : Keep(replaced);
        var changes = rows.Select(r => new ContentChange(r.Id, r.NodeKey, r.Kind, r.Culture)).ToList();
        foreach (var handler in handlers)
        {
            await Notify(() => handler.HandleAsync(changes, snapshot, cancellationToken));
        }

        return rows.Count;
    }

    /// <summary>Makes <paramref name="snapshot"/> the one readers see.</summary>
    private PublishedSnapshot Keep(PublishedSnapshot snapshot)
    {
        _current = snapshot;
        BuiltAt = DateTimeOffset.UtcNow;
        return snapshot;
    }

    private PublishedSnapshot Swap(long position)
    {
        var watch = Stopwatch.StartNew();
        var snapshot = _builder.Build(position, _published);
        logger.LogDebug("Snapshot at position {Position} built in {Elapsed} ms", position, watch.Elapsed.TotalMilliseconds);
        foreach (var node in snapshot.All)
        {
            _published[node.Key] = node; // keep the derived records, so the next build can reuse them
        }

        return Keep(snapshot);
    }

    private async Task Notify(Func<Task> call)
    {
        try
        {
            await call();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "A content change handler failed; the snapshot is up to date regardless");
        }
    }
}
