using Hedershus.Core.Data;
using Hedershus.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hedershus.Tests.Networks.Mailings;

/// <summary>
/// A network host whose site address is https (one-click unsubscribe needs it), with small mailing batches (so a
/// mailing of three members takes two transactions), two permanent failures to stop an address, and a captured log.
/// </summary>
public abstract class MailingHost(DatabaseProvider provider) : NetworkHost(provider)
{
    public CollectingLoggerProvider Logs { get; } = new();

    protected override void Configure(HedershusFactory factory)
    {
        base.Configure(factory);
        factory.Settings["Members:SiteUrl"] = "https://hedershus.example";
        factory.Settings["Mailings:BatchSize"] = "2";
        factory.Settings["Mailings:MaxPermanentFailures"] = "2";
        factory.Settings["Logging:LogLevel:Default"] = "Debug";
        factory.TestServices.Add(services => services.AddSingleton<ILoggerProvider>(Logs));
    }
}

public sealed class SqliteMailingHost() : MailingHost(DatabaseProvider.Sqlite);

public sealed class PostgresMailingHost() : MailingHost(DatabaseProvider.Postgres);
