using Hedershus.Core.Data;
using Hedershus.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Hedershus.Tests.Data;

/// <summary>SQLite writers of one process take turns in arrival order; PostgreSQL's pass at once.</summary>
public abstract class SqliteWriterGateTests(HostFixture host)
{
    private SqliteWriterGate Gate => host.Factory.Services.GetRequiredService<SqliteWriterGate>();

    private bool IsSqlite => host.Provider == DatabaseProvider.Sqlite;

    [Fact]
    public async Task Writers_take_turns_in_arrival_order_on_sqlite_and_pass_at_once_on_postgres()
    {
        var first = await Gate.EnterAsync(CancellationToken.None);
        var second = Gate.EnterAsync(CancellationToken.None);
        var third = Gate.EnterAsync(CancellationToken.None);

        Assert.Equal(!IsSqlite, second.IsCompleted);
        Assert.Equal(!IsSqlite, third.IsCompleted);

        first.Dispose();
        (await second).Dispose();
        (await third).Dispose();
        var afterAll = Gate.EnterAsync(CancellationToken.None);
        Assert.True(afterAll.IsCompleted); // the last writer opened the gate
        (await afterAll).Dispose();
    }

    [Fact]
    public async Task A_writer_that_gives_up_waiting_does_not_hold_up_the_next()
    {
        var first = await Gate.EnterAsync(CancellationToken.None);
        using var giveUp = new CancellationTokenSource();
        var impatient = Gate.EnterAsync(giveUp.Token);
        var patient = Gate.EnterAsync(CancellationToken.None);

        await giveUp.CancelAsync();
        if (IsSqlite)
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => impatient);
            Assert.False(patient.IsCompleted);
        }
        else
        {
            (await impatient).Dispose();
        }

        first.Dispose();
        first.Dispose(); // again: gives no second turn
        var holder = await patient;
        var after = Gate.EnterAsync(CancellationToken.None);
        Assert.Equal(!IsSqlite, after.IsCompleted);

        holder.Dispose();
        (await after).Dispose();
    }
}

public sealed class SqliteSqliteWriterGateTests(SqliteHost host) : SqliteWriterGateTests(host), IClassFixture<SqliteHost>;

public sealed class PostgresSqliteWriterGateTests(PostgresHost host) : SqliteWriterGateTests(host), IClassFixture<PostgresHost>;
