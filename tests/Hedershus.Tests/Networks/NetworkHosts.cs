using Hedershus.Core.Data;
using Hedershus.Tests.Mail;

namespace Hedershus.Tests.Networks;

/// <summary>A host with a loopback SMTP server; the per-client sign-in limit is off (tests sign in many times from one client).</summary>
public abstract class NetworkHost(DatabaseProvider provider) : SmtpMailHost(provider)
{
    protected override void Configure(Infrastructure.HedershusFactory factory)
    {
        base.Configure(factory);
        factory.Settings["Members:SignInPermitsPerMinute"] = "0";
        factory.Settings["Seminars:RateLimitPerMinute"] = "0";
    }
}

public sealed class SqliteNetworkHost() : NetworkHost(DatabaseProvider.Sqlite);

public sealed class PostgresNetworkHost() : NetworkHost(DatabaseProvider.Postgres);

/// <summary>A network host that imports the repository's seed, so site pages live under the first root as on a real start.</summary>
public abstract class SeededNetworkHost(DatabaseProvider provider) : NetworkHost(provider)
{
    protected override void Configure(Infrastructure.HedershusFactory factory)
    {
        base.Configure(factory);
        factory.Settings["Hedershus:ImportSeedOnStart"] = "true";
    }
}

public sealed class SqliteSeededNetworkHost() : SeededNetworkHost(DatabaseProvider.Sqlite);

public sealed class PostgresSeededNetworkHost() : SeededNetworkHost(DatabaseProvider.Postgres);
