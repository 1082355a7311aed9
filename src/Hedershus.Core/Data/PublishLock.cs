using Microsoft.EntityFrameworkCore;

namespace Hedershus.Core.Data;

/// <summary>
/// Serialises transactions that write change-journal rows, so journal ids commit in the order they were given
/// and a follower reading "id &gt; last" never skips one. SQLite already serialises writers (immediate
/// transactions); PostgreSQL takes a transaction-scoped advisory lock.
/// </summary>
public sealed class PublishLock(DatabaseDescription database)
{
    private const long AdvisoryLockId = 0x4865_6465_7273; // "Heders"

    /// <summary>Call inside an open transaction; the lock is released when it ends.</summary>
    public async Task EnterAsync(HedershusDbContext db, CancellationToken cancellationToken)
    {
        if (database.Provider == DatabaseProvider.Postgres)
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({AdvisoryLockId})", cancellationToken);
        }
    }
}
