using Hedershus.Core.Common;
using Hedershus.Core.Data.Postgres;
using Hedershus.Core.Data.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hedershus.Core.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>Registers <see cref="HedershusDbContext"/> for the configured provider.</summary>
    public static IServiceCollection AddHedershusData(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.Section)).ValidateOnStart();
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var configured = configuration.GetConnectionString("Hedershus");

        if (options.Provider == DatabaseProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(configured))
            {
                throw new InvalidOperationException(
                    "Database:Provider is Postgres but ConnectionStrings:Hedershus is empty. Set it, e.g. " +
                    "\"Host=localhost;Database=hedershus;Username=hedershus;Password=…\".");
            }

            services.AddDbContext<HedershusDbContext, PostgresHedershusDbContext>(db => db.UseNpgsql(configured));
        }
        else
        {
            var busyTimeout = new SqliteBusyTimeoutInterceptor(options.SqliteBusyTimeoutSeconds);
            services.AddDbContext<HedershusDbContext, SqliteHedershusDbContext>((provider, db) =>
            {
                var paths = provider.GetRequiredService<HedershusPaths>();
                db.UseSqlite(SqliteConnectionString(configured, paths, options))
                    .AddInterceptors(busyTimeout);
            });
        }

        services.AddSingleton(new DatabaseDescription(options.Provider));
        services.AddSingleton<PublishLock>();
        services.AddSingleton<SqliteWriterGate>();
        services.AddSingleton<DatabaseInitializer>();
        return services;
    }

    private static string SqliteConnectionString(string? configured, HedershusPaths paths, DatabaseOptions options)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? "" : configured);
        if (string.IsNullOrEmpty(builder.DataSource))
        {
            builder.DataSource = paths.SqliteFile;
        }

        builder.DefaultTimeout = options.SqliteBusyTimeoutSeconds;
        builder.Pooling = true;
        return builder.ToString();
    }
}

/// <summary>Which database this process talks to.</summary>
public sealed record DatabaseDescription(DatabaseProvider Provider);
