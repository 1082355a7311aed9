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
/// </summary>
internal static class SeminarPlacesBatch
{
    private const string ActiveEmailsSql =
        """SELECT "Email" FROM "SeminarRegistrations" WHERE "SeminarKey" = $1 AND "Status" <> $2 AND "Email" = ANY($3)""";

    private const string SeatsTakenSql =
        """SELECT count(*)::int FROM "SeminarRegistrations" WHERE "SeminarKey" = $1 AND "Status" = ANY($2)""";

    private const string LastPositionSql =
        """SELECT max("Position") FROM "SeminarRegistrations" WHERE "SeminarKey" = $1""";

    private static readonly string[] HoldingSeat = SeminarCatalog.HoldingSeat.Select(s => s.ToString()).ToArray();

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
        batch.BatchCommands.Add(Command(ActiveEmailsSql, seminarKey, nameof(RegistrationStatus.Cancelled), emails.ToArray()));
        batch.BatchCommands.Add(Command(SeatsTakenSql, seminarKey, HoldingSeat));
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
