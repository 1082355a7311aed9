using Hedershus.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hedershus.Core.Media;

/// <summary>
/// Owns this node's <see cref="MediaSnapshot"/>. Media changes are rare and the library is small (thousands of rows),
/// so every refresh reads the whole table and swaps in a new snapshot; readers take <see cref="Current"/> and never wait.
/// This process refreshes right after each of its own writes; writes by other nodes are noticed by
/// <see cref="MediaSnapshotFollower"/> comparing the library's <see cref="MediaLibraryVersion"/> with the snapshot's.
/// </summary>
public sealed class MediaSnapshotService(IServiceScopeFactory scopes, ILogger<MediaSnapshotService> logger) : IDisposable
{
    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile MediaSnapshot _current = MediaSnapshot.Empty;

    public MediaSnapshot Current => _current;

    public void Dispose() => _loading.Dispose();

    /// <summary>Reads the whole library and swaps the snapshot.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await _loading.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<HedershusDbContext>();

            // The version is read first: a write that lands in between is in the rows, and the next check reloads once more.
            var version = await MediaLibraryVersion.ReadAsync(db, cancellationToken);
            var items = await db.MediaItems.AsNoTracking().ToListAsync(cancellationToken);
            _current = MediaSnapshot.Build(items, version);
            logger.LogDebug("Media snapshot built: {Count} items", items.Count);
        }
        finally
        {
            _loading.Release();
        }
    }

    /// <summary>Refreshes when the library's version differs from the snapshot's; true when it did.</summary>
    public async Task<bool> RefreshIfChangedAsync(CancellationToken cancellationToken)
    {
        long version;
        await using (var scope = scopes.CreateAsyncScope())
        {
            version = await MediaLibraryVersion.ReadAsync(scope.ServiceProvider.GetRequiredService<HedershusDbContext>(), cancellationToken);
        }

        if (version == _current.Version)
        {
            return false;
        }

        await RefreshAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// After a write of this process: the write is committed, so a failure here must not turn it into an error;
    /// the follower's next check picks the change up instead.
    /// </summary>
    internal async Task RefreshAfterWriteAsync()
    {
        try
        {
            await RefreshAsync(CancellationToken.None);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Refreshing the media snapshot after a write failed; the next check will retry");
        }
    }
}
