using Hedershus.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hedershus.Core.Dictionary;

/// <summary>
/// Owns this node's <see cref="DictionarySnapshot"/>: loaded at start, refreshed after this node's writes, and when
/// <see cref="DictionaryFollower"/> sees the table's signature change (another node wrote). Readers take
/// <see cref="Current"/> and never wait or query.
/// </summary>
public sealed class DictionarySnapshotService(IServiceScopeFactory scopes, ILogger<DictionarySnapshotService> logger) : IDisposable
{
    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile DictionarySnapshot _current = DictionarySnapshot.Empty;

    public DictionarySnapshot Current => _current;

    public void Dispose() => _loading.Dispose();

    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await _loading.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<HedershusDbContext>();
            var signature = await SignatureAsync(db, cancellationToken);
            var entries = await db.DictionaryEntries.AsNoTracking().ToListAsync(cancellationToken);
            _current = new DictionarySnapshot(_current.Version + 1, entries, signature);
        }
        finally
        {
            _loading.Release();
        }
    }

    public async Task RefreshIfChangedAsync(CancellationToken cancellationToken)
    {
        (int, DateTime?) signature;
        await using (var scope = scopes.CreateAsyncScope())
        {
            signature = await SignatureAsync(scope.ServiceProvider.GetRequiredService<HedershusDbContext>(), cancellationToken);
        }

        if (signature != _current.Signature)
        {
            await RefreshAsync(cancellationToken);
        }
    }

    /// <summary>After a committed write a failed refresh is no error: the follower's next check retries.</summary>
    internal async Task RefreshAfterWriteAsync()
    {
        try
        {
            await RefreshAsync(CancellationToken.None);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Refreshing the dictionary after a write failed; the next check will retry");
        }
    }

    private static async Task<(int Count, DateTime? LatestUpdate)> SignatureAsync(HedershusDbContext db, CancellationToken cancellationToken)
    {
        var count = await db.DictionaryEntries.CountAsync(cancellationToken);
        var latest = await db.DictionaryEntries.MaxAsync(e => (DateTime?)e.UpdatedAt, cancellationToken);
        return (count, latest);
    }
}
