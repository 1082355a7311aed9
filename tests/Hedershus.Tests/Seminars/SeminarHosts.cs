using Hedershus.Core.Data;
using Hedershus.Tests.Mail;

namespace Hedershus.Tests.Seminars;

/// <summary>A host with a loopback SMTP server and no registration rate limit (tests post many registrations from one client).</summary>
public abstract class SeminarHost(DatabaseProvider provider) : SmtpMailHost(provider)
{
    protected override void Configure(Infrastructure.HedershusFactory factory)
    {
        base.Configure(factory);
        factory.Settings["Seminars:RateLimitPerMinute"] = "0";
    }
}

public sealed class SqliteSeminarHost() : SeminarHost(DatabaseProvider.Sqlite);

public sealed class PostgresSeminarHost() : SeminarHost(DatabaseProvider.Postgres);
