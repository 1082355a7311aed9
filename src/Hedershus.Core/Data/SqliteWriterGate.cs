namespace Hedershus.Core.Data;

/// <summary>
/// Lets this process's SQLite writers take turns in memory instead of meeting on the database's single write lock.
/// Two writers meeting there cost the loser SQLite's busy handler, which sleeps 1, 2, 5, 10, 15, 20, 25 ms between
/// tries however soon the lock is freed (SQLitePCLRaw offers no finer handler); a writer waiting here is woken the
/// moment the previous one commits, in arrival order. Only a speed measure: SQLite's lock and busy timeout still keep
/// writers from other processes (or writes that do not pass here) correct. On PostgreSQL it lets everyone through at
/// once, since rows lock there, not the database. One per host, which is one per database file.
/// </summary>
public sealed class SqliteWriterGate(DatabaseDescription database)
{
    private static readonly Task<IDisposable> Open = Task.FromResult<IDisposable>(new Turn(null));
    private readonly Queue<TaskCompletionSource<IDisposable>> _waiting = new();
    private bool _held;

    /// <summary>
    /// Waits for this process's turn to write; dispose the answer after the commit (or rollback). Take it after any
    /// other lock that may wait long (a seminar's queue), and do not wait for anything else while holding it.
    /// </summary>
    public Task<IDisposable> EnterAsync(CancellationToken cancellationToken) =>
        database.Provider == DatabaseProvider.Sqlite ? EnterSqliteAsync(cancellationToken) : Open;

    private Task<IDisposable> EnterSqliteAsync(CancellationToken cancellationToken)
    {
        lock (_waiting)
        {
            if (!_held)
            {
                _held = true;
                return Task.FromResult<IDisposable>(new Turn(this));
            }

            var waiter = new TaskCompletionSource<IDisposable>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiting.Enqueue(waiter);
            if (cancellationToken.CanBeCanceled)
            {
                // A cancelled waiter stays in line and passes its turn on when reached (see Leave).
                var registration = cancellationToken.Register(() => waiter.TrySetCanceled(cancellationToken));
                _ = waiter.Task.ContinueWith(_ => registration.Dispose(), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
            }

            return waiter.Task;
        }
    }

    /// <summary>Hands the turn to the first waiter still waiting, in arrival order, or opens the gate.</summary>
    private void Leave()
    {
        lock (_waiting)
        {
            while (_waiting.TryDequeue(out var next))
            {
                if (next.TrySetResult(new Turn(this)))
                {
                    return;
                }
            }

            _held = false;
        }
    }

    private sealed class Turn(SqliteWriterGate? gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (gate is not null && Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Leave();
            }
        }
    }
}
