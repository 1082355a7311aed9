using Hedershus.Core.Data;
using Hedershus.Tests.Infrastructure;

namespace Hedershus.Tests.Backoffice;

/// <summary>
/// A host for sign-in stories: every test client comes from the same address, so the sign-in rate limit is set high
/// here (<see cref="SignInRateLimitTests"/> tests the limit itself).
/// </summary>
public abstract class SignInHost(DatabaseProvider provider, int permitsPerMinute = 10_000) : HostFixture(provider)
{
    protected override void Configure(HedershusFactory factory) =>
        factory.Settings["Backoffice:SignInPermitsPerMinute"] = permitsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

public sealed class SqliteSignInHost() : SignInHost(DatabaseProvider.Sqlite);

public sealed class PostgresSignInHost() : SignInHost(DatabaseProvider.Postgres);

/// <summary>Three sign-in posts a minute.</summary>
public sealed class LowSignInLimitHost() : SignInHost(DatabaseProvider.Sqlite, permitsPerMinute: 3);
