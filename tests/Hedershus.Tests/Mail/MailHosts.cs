using Hedershus.Core.Data;
using Hedershus.Tests.Infrastructure;

namespace Hedershus.Tests.Mail;

/// <summary>A host whose mail goes to a loopback SMTP server of its own.</summary>
public abstract class SmtpMailHost(DatabaseProvider provider) : HostFixture(provider), IDisposable
{
    public LoopbackSmtpServer Smtp { get; } = new();

    protected override void Configure(HedershusFactory factory) => Smtp.Configure(factory.Settings);

    public void Dispose()
    {
        Smtp.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteSmtpMailHost() : SmtpMailHost(DatabaseProvider.Sqlite);

public sealed class PostgresSmtpMailHost() : SmtpMailHost(DatabaseProvider.Postgres);
