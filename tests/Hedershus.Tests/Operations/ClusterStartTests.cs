using System.Net;
using Hedershus.Core.Data;
using Hedershus.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace Hedershus.Tests.Operations;

/// <summary>
/// Two nodes started at the same moment on an empty database, as after a deployment of a fresh cluster: both migrate
/// the schema, prepare the job storage and register recurring jobs, then both create a Data Protection key at once.
/// Both must start, and each must read what the other protected.
/// </summary>
public abstract class ClusterStartTests(DatabaseProvider provider)
{
    [Fact]
    public async Task Two_nodes_starting_at_once_on_an_empty_database_both_start_and_read_each_others_protected_data()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var first = new SharedDatabaseFactory(database).WithOwnSearchFolder("first");
        await using var second = new SharedDatabaseFactory(database).WithOwnSearchFolder("second");
        SharedDatabaseFactory[] nodes = [first, second];

        using var start = new Barrier(nodes.Length);
        await Task.WhenAll(nodes.Select(node => Task.Run(() =>
        {
            start.SignalAndWait();
            _ = node.Server;
        })));

        foreach (var node in nodes)
        {
            using var client = node.CreateClient();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        }

        var protectors = nodes.Select(node => node.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("cluster-start")).ToList();
        var payloads = await Task.WhenAll(protectors.Select((protector, i) => Task.Run(() => protector.Protect($"from node {i}"))));
        Assert.Equal("from node 0", protectors[1].Unprotect(payloads[0]));
        Assert.Equal("from node 1", protectors[0].Unprotect(payloads[1]));
    }
}

public sealed class SqliteClusterStartTests() : ClusterStartTests(DatabaseProvider.Sqlite);

public sealed class PostgresClusterStartTests() : ClusterStartTests(DatabaseProvider.Postgres);
