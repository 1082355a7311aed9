using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Hedershus.Core.Data.Sqlite;

/// <summary>
/// Lets SQLite itself wait for the write lock (<c>PRAGMA busy_timeout</c>) instead of failing at once. Without it,
/// Microsoft.Data.Sqlite retries a busy statement after sleeping 150 ms, so two writers meeting (a registration batch
/// and the outbox marking a message sent) cost a writer 150 ms and stall everyone queued behind it; SQLite's own
/// handler retries within a few milliseconds of the lock being freed.
/// </summary>
internal sealed class SqliteBusyTimeoutInterceptor(int timeoutSeconds) : DbConnectionInterceptor
{
    private readonly string _pragma = $"PRAGMA busy_timeout = {timeoutSeconds * 1000L};";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = _pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = _pragma;
        command.ExecuteNonQuery();
    }
}
