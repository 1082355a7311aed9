namespace Hedershus.Core.Data;

/// <summary>The "Database" section: which provider. The connection string is ConnectionStrings:Hedershus.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>SQLite busy timeout, so concurrent writers wait instead of failing.</summary>
    public int SqliteBusyTimeoutSeconds { get; set; } = 30;
}

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
