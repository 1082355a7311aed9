using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Hedershus.Tests.Infrastructure;

/// <summary>
/// Holds the next <c>n</c> database transactions of a host at their start until all <c>n</c> have arrived, so work
/// that reads before its transaction (e.g. a save's revision check) is done by all of them before any writes. Only
/// orders real requests; nothing is faked. Gives up after a while rather than hang a broken test.
/// </summary>
public sealed class TransactionStartBarrier : DbTransactionInterceptor
{
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(30);

    private TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _remaining;

    /// <summary>Whether the last armed group all arrived before any of them went on.</summary>
    public bool Met { get; private set; }

    public void Arm(int parties)
    {
        _arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Met = false;
        Volatile.Write(ref _remaining, parties);
    }

    public override async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        var left = Interlocked.Decrement(ref _remaining);
        if (left == 0)
        {
            Met = true;
            _arrived.TrySetResult();
        }

        if (left >= 0)
        {
            await Task.WhenAny(_arrived.Task, Task.Delay(GiveUpAfter, cancellationToken));
        }

        return result;
    }
}
