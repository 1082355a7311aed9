using Hedershus.Core.Data;
using Hedershus.Tests.Infrastructure;

namespace Hedershus.Tests.Media;

/// <summary>A host whose upload limit is small, so the tests can pass it without sending megabytes.</summary>
public abstract class MediaHost(DatabaseProvider provider) : HostFixture(provider)
{
    public const long MaxUploadBytes = 100_000;

    protected override void Configure(HedershusFactory factory)
    {
        factory.Settings["Media:MaxUploadBytes"] = MaxUploadBytes.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}

public sealed class SqliteMediaHost() : MediaHost(DatabaseProvider.Sqlite);

public sealed class PostgresMediaHost() : MediaHost(DatabaseProvider.Postgres);
