using Hedershus.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hedershus.Core.Media;

/// <summary>
/// Owns this node's <see cref="MediaSnapshot"/>. Media changes are rare and the library is small (thousands of rows),
/// so every refresh reads the whole table and swaps in a new snapshot; readers take <see cref="Current"/> and never wait.
/// This process refreshes right after each of its own writes; writes by other nodes are noticed by
/// <see cref="MediaSnapshotFollower"/> comparing a cheap signature of the table.
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

            // The signature is read first: a write that lands in between is in the rows, and the next check reloads once more.
            var signature = await ReadSignatureAsync(db, cancellationToken);
            var items = await db.MediaItems.AsNoTracking().ToListAsync(cancellationToken);
            _current = MediaSnapshot.Build(items, signature);
            logger.LogDebug("Media snapshot built: {Count} items", items.Count);
        }
        finally
        {
            _loading.Release();
        }
    }

    /// <summary>Refreshes when the table's signature differs from the snapshot's; true when it did.</summary>
    public async Task<bool> RefreshIfChangedAsync(CancellationToken cancellationToken)
    {
        MediaSignature signature;
        await using (var scope = scopes.CreateAsyncScope())
        {
            signature = await ReadSignatureAsync(scope.ServiceProvider.GetRequiredService<HedershusDbContext>(), cancellationToken);
        }

        if (signature == _current.Signature)
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

    /// <summary>
    /// Count, highest id and latest update: an upload raises the count and id, a delete lowers the count, an edit
    /// moves the latest update. One aggregate query over a small table.
    /// </summary>
    private static async Task<MediaSignature> ReadSignatureAsync(HedershusDbContext db, CancellationToken cancellationToken)
    {
        var summary = await db.MediaItems.GroupBy(_ => 1)
            .Select(g => new MediaSignature(g.Count(), g.Max(m => m.Id), g.Max(m => (DateTime?)m.UpdateDate)))
            .SingleOrDefaultAsync(cancellationToken);
        return summary;
    }
}
