using Hedershus.Core.Data;
using Npgsql;

namespace Hedershus.Tests.Infrastructure;

/// <summary>
/// A fresh, empty database for one test host: a SQLite file in a temp folder, or a new database on the
/// PostgreSQL server that test.sh starts (its connection string is in HEDERSHUS_TEST_POSTGRES).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "HEDERSHUS_TEST_POSTGRES";

    private TestDatabase(DatabaseProvider provider, string dataPath, string? connectionString, string? postgresName)
    {
        Provider = provider;
        DataPath = dataPath;
        ConnectionString = connectionString;
        _postgresName = postgresName;
    }

    private readonly string? _postgresName;

    public DatabaseProvider Provider { get; }

    /// <summary>The Hedershus:DataPath of the host: a temp folder removed on dispose.</summary>
    public string DataPath { get; }

    /// <summary>ConnectionStrings:Hedershus, or null for the default SQLite file in <see cref="DataPath"/>.</summary>
    public string? ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "hedershus-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataPath);
        if (provider == DatabaseProvider.Sqlite)
        {
            return new TestDatabase(provider, dataPath, null, null);
        }

        var server = PostgresServer();
        var name = "hedershus_test_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
        return new TestDatabase(provider, dataPath, builder.ToString(), name);
    }

    public static string PostgresServer() =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{PostgresVariable} is not set. Run the tests with ./test.sh, which starts a throw-away PostgreSQL server.");

    public async ValueTask DisposeAsync()
    {
        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(PostgresServer());
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }

        try
        {
            Directory.Delete(DataPath, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a finishing host; the temp folder is cleaned by the OS.
        }
    }
}
