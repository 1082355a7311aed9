using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Hedershus.Core.Data.Postgres;

/// <summary>The PostgreSQL flavour of the database (scale-out).</summary>
public sealed class PostgresHedershusDbContext(DbContextOptions<PostgresHedershusDbContext> options) : HedershusDbContext(options);

/// <summary>Lets <c>dotnet ef migrations add</c> build the PostgreSQL model without a server.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresHedershusDbContext>
{
    public PostgresHedershusDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresHedershusDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}
