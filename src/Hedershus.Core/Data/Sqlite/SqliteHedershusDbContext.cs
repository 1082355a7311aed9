using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Hedershus.Core.Data.Sqlite;

/// <summary>The SQLite flavour of the database (the embedded default).</summary>
public sealed class SqliteHedershusDbContext(DbContextOptions<SqliteHedershusDbContext> options) : HedershusDbContext(options);

/// <summary>Lets <c>dotnet ef migrations add</c> build the SQLite model without starting the web host.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteHedershusDbContext>
{
    public SqliteHedershusDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteHedershusDbContext>().UseSqlite("Data Source=design.db").Options);
}
