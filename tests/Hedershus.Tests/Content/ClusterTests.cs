using Hedershus.Core.Content.Published;
using Hedershus.Core.Data;
using Hedershus.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Hedershus.Tests.Content;

/// <summary>Two nodes on one database: what one publishes, the other applies from the change journal.</summary>
public abstract class ClusterTests(DatabaseProvider provider)
{
    [Fact]
    public async Task A_second_node_follows_publishes_moves_and_trash_through_the_journal()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var first = NewNode(database);
        await using var second = NewNode(database);
        using var api = new ManagementClient(first);
        _ = second.Server;

        var root = await api.CreatePublishedRootAsync("testRoot", "sv");
        var page = await api.CreatePublishedAsync("testPage", root, ("sv", "Delad sida"));
        await WaitUntilAsync(second, s => s.Find(page)?.Cultures["sv"].Route == "/delad-sida/");

        await ManagementClient.ExpectAsync(await api.Http.PostAsync($"{ManagementClient.Base}/documents/{page}/trash", null), System.Net.HttpStatusCode.NoContent);
        await WaitUntilAsync(second, s => s.Find(page) is null);
    }

    private static SharedDatabaseFactory NewNode(TestDatabase database)
    {
        var factory = new SharedDatabaseFactory(database);
        factory.Settings["Hedershus:ModelsPath"] = ContentHost.ModelsPath;
        factory.Settings["Content:JournalPollMilliseconds"] = "20";
        return factory;
    }

    private static async Task WaitUntilAsync(HedershusFactory node, Func<PublishedSnapshot, bool> condition)
    {
        var snapshots = node.Services.GetRequiredService<PublishedSnapshotService>();
        for (var i = 0; i < 500 && !condition(snapshots.Current); i++)
        {
            await Task.Delay(20);
        }

        Assert.True(condition(snapshots.Current), "The second node did not apply the change within 10 s.");
    }

    /// <summary>A node that shares the database with another, so it must not drop it when disposed.</summary>
    private sealed class SharedDatabaseFactory(TestDatabase database) : HedershusFactory(database)
    {
        protected override bool OwnsDatabase => false;
    }
}

public sealed class SqliteClusterTests() : ClusterTests(DatabaseProvider.Sqlite);

public sealed class PostgresClusterTests() : ClusterTests(DatabaseProvider.Postgres);
