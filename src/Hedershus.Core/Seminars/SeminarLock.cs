using System.Collections.Concurrent;
using Hedershus.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Hedershus.Core.Seminars;

/// <summary>
/// Serialises registrations for one seminar, so counting seats and taking one happen as one step. SQLite needs
/// nothing more: its transactions begin immediate and writers queue. PostgreSQL takes a transaction-scoped advisory
/// lock on (seminars, hash of the seminar key); two seminars sharing a hash only wait for each other.
/// Within one node, registrations for a seminar first queue on a semaphore, so a burst waits in memory rather than
/// each request holding a pooled connection while it waits for the database lock (which exhausts the pool).
/// </summary>
public sealed class SeminarLock(DatabaseDescription database)
{
    private readonly ConcurrentDictionary<Guid, SemaphoreSlim> _local = new();

    /// <summary>Waits for this node's turn on the seminar; dispose the answer to let the next request in.</summary>
    public async Task<IDisposable> WaitLocalAsync(Guid seminarKey, CancellationToken cancellationToken)
    {
        var gate = _local.GetOrAdd(seminarKey, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        return new Release(gate);
    }

    // The two-key form lives in a key space apart from PublishLock's single bigint.
    private const int SeminarLockClass = 0x5365_6D69; // "Semi"

    /// <summary>Call inside an open transaction; the lock is released when it ends.</summary>
    public async Task EnterAsync(HedershusDbContext db, Guid seminarKey, CancellationToken cancellationToken)
    {
        if (database.Provider == DatabaseProvider.Postgres)
        {
            var (lockClass, objectId) = AdvisoryKey(seminarKey);
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({lockClass}, {objectId})", cancellationToken);
        }
    }

    /// <summary>True where <see cref="EnterAsync"/> goes to the database, so a caller may send the lock with its first reads.</summary>
    public bool TakesDatabaseLock => database.Provider == DatabaseProvider.Postgres;

    /// <summary>The two keys of the seminar's PostgreSQL advisory lock, for a caller that sends the lock in a batch of its own.</summary>
    public static (int LockClass, int ObjectId) AdvisoryKey(Guid seminarKey) =>
        (SeminarLockClass, BitConverter.ToInt32(seminarKey.ToByteArray(), 0));

    /// <summary>Runs <paramref name="work"/> in a transaction holding the seminar's lock (local queue first, then the database's), and commits.</summary>
    public async Task<T> RunAsync<T>(HedershusDbContext db, Guid seminarKey, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        using (await WaitLocalAsync(seminarKey, cancellationToken))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await EnterAsync(db, seminarKey, cancellationToken);
            var result = await work();
            await transaction.CommitAsync(cancellationToken);
            return result;
        }
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
