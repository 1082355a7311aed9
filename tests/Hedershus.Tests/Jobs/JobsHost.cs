using Hedershus.Core.Data;
using Hedershus.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Hedershus.Tests.Jobs;

/// <summary>A host that runs a Hangfire job server, polling often so a test waits little for its job.</summary>
public abstract class JobsHost(DatabaseProvider provider) : HostFixture(provider)
{
    public JobRecorder Recorder { get; } = new();

    protected override void Configure(HedershusFactory factory)
    {
        factory.Settings["Jobs:RunServer"] = "true";
        factory.Settings["Jobs:QueuePollInterval"] = "00:00:00.200";
        factory.TestServices.Add(services => services.AddSingleton(Recorder));
    }
}

public sealed class SqliteJobsHost() : JobsHost(DatabaseProvider.Sqlite);

public sealed class PostgresJobsHost() : JobsHost(DatabaseProvider.Postgres);
