using Hedershus.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Hedershus.Core.Seminars;

/// <summary>
/// PostgreSQL only: the seminar's advisory lock and the reads that count its seats, sent as one batch. Each statement
/// of a batch takes its snapshot when the server reaches it, after the one before has finished, so the reads come
/// after the lock is granted and see every registration committed by the previous holder, exactly as separate round
/// trips would. The SQL mirrors the queries in <see cref="SeminarPlaces.ReadAsync"/> (statuses are stored as names).
/// Both reads are written so that every condition is an equality on an index's columns: a seminar published minutes ago
/// is not in the table's statistics yet, and with "= ANY(array)" the planner then read every registration of the
/// seminar under the lock (the waiting list included) and filtered them, which grew with each batch of a burst
/// (docs/decisions/012, sixth round).
/// </summary>
internal static class SeminarPlacesBatch
{
    // One probe of the unique (SeminarKey, Email) index per address: LIMIT keeps the lateral subquery a nested loop,
    // and the literal status lets the planner use that index's "Status" <> 'Cancelled' predicate.
    private const string ActiveEmailsSql =
        $"""
        SELECT r."Email" FROM unnest($2::text[]) AS e("Email") CROSS JOIN LATERAL (
            SELECT "Email" FROM "SeminarRegistrations"
            WHERE "SeminarKey" = $1 AND "Email" = e."Email" AND "Status" <> '{nameof(RegistrationStatus.Cancelled)}' LIMIT 1) AS r
        """;

    // A count per seat-holding status, each an equality on the (SeminarKey, Status) index, so the waiting list is never read.
    private static readonly string SeatsTakenSql = "SELECT (" + string.Join(" + ", SeminarCatalog.HoldingSeat.Select(s =>
        $"""(SELECT count(*) FROM "SeminarRegistrations" WHERE "SeminarKey" = $1 AND "Status" = '{s}')""")) + ")::int";

    private const string LastPositionSql =
        """SELECT max("Position") FROM "SeminarRegistrations" WHERE "SeminarKey" = $1""";

    public sealed record Result(HashSet<string> Registered, int SeatsTaken, int LastPosition);

    public static async Task<Result> LockAndReadAsync(HedershusDbContext db, Guid seminarKey, List<string> emails)
    {
        var (lockClass, objectId) = SeminarLock.AdvisoryKey(seminarKey);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var batch = new NpgsqlBatch(connection)
        {
            Transaction = (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction()
                ?? throw new InvalidOperationException("The seminar's lock is taken inside an open transaction."),
        };
        batch.BatchCommands.Add(Command("SELECT pg_advisory_xact_lock($1, $2)", lockClass, objectId));
        batch.BatchCommands.Add(Command(ActiveEmailsSql, seminarKey, emails.ToArray()));
        batch.BatchCommands.Add(Command(SeatsTakenSql, seminarKey));
        batch.BatchCommands.Add(Command(LastPositionSql, seminarKey));

        await using var reader = await batch.ExecuteReaderAsync(CancellationToken.None);
        await reader.NextResultAsync(CancellationToken.None);
        var registered = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(CancellationToken.None))
        {
            registered.Add(reader.GetString(0));
        }

        await reader.NextResultAsync(CancellationToken.None);
        await reader.ReadAsync(CancellationToken.None);
        var taken = reader.GetInt32(0);
        await reader.NextResultAsync(CancellationToken.None);
        await reader.ReadAsync(CancellationToken.None);
        var lastPosition = reader.IsDBNull(0) ? 0 : reader.GetInt32(0);
        return new Result(registered, taken, lastPosition);
    }

    private static NpgsqlBatchCommand Command(string sql, params object[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return command;
    }
}
