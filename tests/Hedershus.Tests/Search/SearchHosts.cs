using Hedershus.Core.Data;
using Hedershus.Tests.Infrastructure;

namespace Hedershus.Tests.Search;

/// <summary>A host on the seed document types whose log is collected, with ASP.NET Core's own logging turned up.</summary>
public abstract class SearchHost(DatabaseProvider provider) : ObservedHost(provider)
{
    protected override void AddSettings(Dictionary<string, string?> settings)
    {
        settings["Logging:LogLevel:Microsoft.AspNetCore"] = "Debug";
        settings["Logging:LogLevel:Hedershus"] = "Debug";
        settings["Hedershus:CultureFallbacks:ckb"] = "sv";
    }
}

public sealed class SqliteSearchHost() : SearchHost(DatabaseProvider.Sqlite);

public sealed class PostgresSearchHost() : SearchHost(DatabaseProvider.Postgres);

/// <summary>A search host that runs a Hangfire job server, for the rebuild job.</summary>
public abstract class SearchJobsHost(DatabaseProvider provider) : HostFixture(provider)
{
    protected override void Configure(HedershusFactory factory)
    {
        factory.Settings["Jobs:RunServer"] = "true";
        factory.Settings["Jobs:QueuePollInterval"] = "00:00:00.200";
        factory.Settings["Search:RebuildPollMilliseconds"] = "100";
    }
}

public sealed class SqliteSearchJobsHost() : SearchJobsHost(DatabaseProvider.Sqlite);

public sealed class PostgresSearchJobsHost() : SearchJobsHost(DatabaseProvider.Postgres);
