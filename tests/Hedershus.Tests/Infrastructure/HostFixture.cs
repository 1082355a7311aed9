using Hedershus.Core.Data;

namespace Hedershus.Tests.Infrastructure;

/// <summary>One host per test class and provider. Tests create the data they need and share nothing else.</summary>
public abstract class HostFixture(DatabaseProvider provider) : IAsyncLifetime
{
    private HedershusFactory? _factory;

    public HedershusFactory Factory => _factory ?? throw new InvalidOperationException("The fixture is not started.");

    public DatabaseProvider Provider { get; } = provider;

    /// <summary>Settings a derived fixture wants on top of the test defaults.</summary>
    protected virtual void Configure(HedershusFactory factory)
    {
    }

    public async Task InitializeAsync()
    {
        _factory = new HedershusFactory(await TestDatabase.CreateAsync(Provider));
        Configure(_factory);
        _ = _factory.Server; // start now, so a broken start fails here with its real message
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }
}

public sealed class SqliteHost() : HostFixture(DatabaseProvider.Sqlite);

public sealed class PostgresHost() : HostFixture(DatabaseProvider.Postgres);
