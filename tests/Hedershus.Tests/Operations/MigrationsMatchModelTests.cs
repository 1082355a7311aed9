using Hedershus.Core.Data;
using Hedershus.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hedershus.Tests.Operations;

/// <summary>
/// Start-up migrates only when a migration is pending, so it no longer compares the model with the last migration;
/// this does, for each provider: a model change without regenerated migrations (scripts/regenerate-migrations.sh) fails here.
/// </summary>
public abstract class MigrationsMatchModelTests(HostFixture host)
{
    [Fact]
    public async Task The_migrations_describe_the_whole_model_and_are_all_applied()
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HedershusDbContext>();

        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes no migration describes: run scripts/regenerate-migrations.sh.");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
    }
}

public sealed class SqliteMigrationsMatchModelTests(SqliteHost host) : MigrationsMatchModelTests(host), IClassFixture<SqliteHost>;

public sealed class PostgresMigrationsMatchModelTests(PostgresHost host) : MigrationsMatchModelTests(host), IClassFixture<PostgresHost>;
