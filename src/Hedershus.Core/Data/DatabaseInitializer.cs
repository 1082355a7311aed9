using Hedershus.Core.Audit;
using Hedershus.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hedershus.Core.Data;

/// <summary>Creates the data folder and brings the database schema up to date at start-up.</summary>
public sealed class DatabaseInitializer(IServiceScopeFactory scopes, HedershusPaths paths, DatabaseDescription database, ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(paths.DataPath);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HedershusDbContext>();
        // Migrating checks the model against the last migration even when nothing is pending, which costs a
        // good part of a second at every start; the list of applied migrations is one cheap query.
        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        await AuditAppendOnly.EnsureAsync(db, database.Provider, cancellationToken);
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets readers work while one writer writes; the setting is stored in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        logger.LogInformation("Database ready ({Provider})", database.Provider);
    }
}
