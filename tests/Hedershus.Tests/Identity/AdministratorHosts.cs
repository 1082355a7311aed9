using Hedershus.Core.Data;
using Hedershus.Tests.Infrastructure;

namespace Hedershus.Tests.Identity;

/// <summary>First start with the administrator's e-mail and password configured.</summary>
public abstract class ConfiguredAdministratorHost(DatabaseProvider provider) : ObservedHost(provider)
{
    public const string Email = "forsta.admin@example.org";
    public const string Password = "Correct-Horse-Battery-42";

    protected override void AddSettings(Dictionary<string, string?> settings)
    {
        settings["Hedershus:Admin:Email"] = Email;
        settings["Hedershus:Admin:Password"] = Password;
    }
}

public sealed class SqliteConfiguredAdministratorHost() : ConfiguredAdministratorHost(DatabaseProvider.Sqlite);

public sealed class PostgresConfiguredAdministratorHost() : ConfiguredAdministratorHost(DatabaseProvider.Postgres);

/// <summary>First start with no password configured: one is generated and shown on the console.</summary>
public abstract class GeneratedAdministratorHost(DatabaseProvider provider) : ObservedHost(provider)
{
    public const string DefaultEmail = "admin@hedershus.local";
}

public sealed class SqliteGeneratedAdministratorHost() : GeneratedAdministratorHost(DatabaseProvider.Sqlite);

public sealed class PostgresGeneratedAdministratorHost() : GeneratedAdministratorHost(DatabaseProvider.Postgres);
