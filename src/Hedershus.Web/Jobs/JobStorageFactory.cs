using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.Storage.SQLite;
using Hedershus.Core.Common;
using Hedershus.Core.Data;
using Microsoft.Extensions.Options;

namespace Hedershus.Web.Jobs;

/// <summary>Hangfire storage in the hub's own database: a SQLite file beside the main one, or a schema in PostgreSQL.</summary>
public static class JobStorageFactory
{
    public const string SqliteFileName = "hangfire.sqlite.db";
    public const string PostgresSchema = "hangfire";

    public static JobStorage Create(IServiceProvider services)
    {
        var jobs = services.GetRequiredService<IOptions<JobsOptions>>().Value;
        return services.GetRequiredService<DatabaseDescription>().Provider == DatabaseProvider.Postgres
            ? CreatePostgres(services.GetRequiredService<IConfiguration>().GetConnectionString("Hedershus")!, jobs)
            : CreateSqlite(services.GetRequiredService<HedershusPaths>(), jobs);
    }

    private static PostgreSqlStorage CreatePostgres(string connectionString, JobsOptions jobs)
    {
        var options = new PostgreSqlStorageOptions
        {
            SchemaName = PostgresSchema,
            PrepareSchemaIfNecessary = true,
            QueuePollInterval = jobs.QueuePollInterval,
        };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, options, null), options);
    }

    private static SQLiteStorage CreateSqlite(HedershusPaths paths, JobsOptions jobs)
    {
        Directory.CreateDirectory(paths.DataPath);
        var options = new SQLiteStorageOptions
        {
            QueuePollInterval = jobs.QueuePollInterval,
            JournalMode = SQLiteStorageOptions.JournalModes.WAL,
        };
        return new SQLiteStorage(Path.Combine(paths.DataPath, SqliteFileName), options);
    }
}
