using Hedershus.Core.Data;
using Hedershus.Tests.Infrastructure;
using Hedershus.Web.Operations;
using Microsoft.Extensions.DependencyInjection;

namespace Hedershus.Tests.Operations;

/// <summary>
/// The host on a real Kestrel server on a free loopback port, for what the in-memory test server does not do:
/// request body limits, the Server header, listening addresses. SQLite only: nothing here depends on the database.
/// </summary>
public sealed class KestrelHost : IAsyncLifetime
{
    public const long MaxRequestBytes = 1024;
    public const int ShutdownTimeoutSeconds = 7;

    private readonly StringWriter _console = new();
    private HedershusFactory? _factory;

    public HedershusFactory Factory => _factory ?? throw new InvalidOperationException("The fixture is not started.");

    public string ConsoleText => _console.ToString();

    public async Task InitializeAsync()
    {
        _factory = new HedershusFactory(await TestDatabase.CreateAsync(DatabaseProvider.Sqlite));
        _factory.Settings["ManagementApi:MaxRequestBytes"] = MaxRequestBytes.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _factory.Settings["Hedershus:ShutdownTimeoutSeconds"] = ShutdownTimeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _factory.TestServices.Add(services => services.AddSingleton(new OperatorConsole(TextWriter.Synchronized(_console))));
        _factory.UseKestrel(0);
        _factory.StartServer();
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }
}
