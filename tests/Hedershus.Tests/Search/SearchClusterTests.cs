using System.Net;
using Hedershus.Core.Data;
using Hedershus.Core.Search.Indexing;
using Hedershus.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Hedershus.Tests.Search.SearchStory;

namespace Hedershus.Tests.Search;

/// <summary>Two nodes on one database, each with an index folder of its own: a rebuild asked of one rebuilds both.</summary>
public abstract class SearchClusterTests(DatabaseProvider provider)
{
    [Fact]
    public async Task A_rebuild_asked_of_one_node_rebuilds_the_index_of_every_node()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var first = Node(database, "first");
        await using var second = Node(database, "second");
        using var story = new SearchStory(first);
        using var secondStory = new SearchStory(second);
        var word = Word();
        var page = await story.PageAsync(await story.RootAsync(), $"Kluster {word}", "Ingress.", $"<p>{word}</p>");
        await secondStory.SearchUntilAsync(new { q = word }, a => Has(a, page));
        var indexes = new[] { Index(first), Index(second) };
        var folders = indexes.Select(i => i.Live.Folder).ToList();
        var before = indexes.Select(i => i.Rebuilds).ToList(); // each built its empty index at start
        Assert.NotEqual(folders[0], folders[1]);

        await ManagementClient.ExpectAsync(await story.Api.Http.PostAsync($"{ManagementClient.Base}/search/rebuild", null), HttpStatusCode.Accepted);

        await WaitUntilAsync(() => indexes.Zip(before).All(p => p.First.Rebuilds > p.Second), "Both nodes rebuild their own index.");
        Assert.All(indexes.Zip(folders), pair => Assert.NotEqual(pair.Second, pair.First.Live.Folder));
        Assert.True(Has(await secondStory.SearchAsync(new { q = word }), page));
        await Task.Delay(500);
        Assert.Equal(before.Select(b => b + 1), indexes.Select(i => i.Rebuilds));
    }

    [Fact]
    public async Task A_node_that_was_down_when_a_rebuild_was_asked_rebuilds_when_it_starts()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var first = Node(database, "first");
        using var story = new SearchStory(first);
        var word = Word();
        var page = await story.PageAsync(await story.RootAsync(), $"Nere {word}", "Ingress.", $"<p>{word}</p>");
        await using (var down = Node(database, "second"))
        {
            using var downStory = new SearchStory(down);
            await downStory.SearchUntilAsync(new { q = word }, a => Has(a, page));
        }

        var rebuilds = Index(first).Rebuilds;
        await ManagementClient.ExpectAsync(await story.Api.Http.PostAsync($"{ManagementClient.Base}/search/rebuild", null), HttpStatusCode.Accepted);
        await WaitUntilAsync(() => Index(first).Rebuilds == rebuilds + 1, "The asked node rebuilds.");

        await using var restarted = Node(database, "second");
        using var restartedStory = new SearchStory(restarted);
        Assert.True(Has(await restartedStory.SearchAsync(new { q = word }), page), "The kept index answers at once.");
        await WaitUntilAsync(() => Index(restarted).Rebuilds == 1, "The restarted node follows the request it missed.");
    }

    /// <summary>Polls <paramref name="condition"/> for up to 30 s (a wait, not a timing: the machine may be busy).</summary>
    public static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        for (var i = 0; i < 300 && !condition(); i++)
        {
            await Task.Delay(100);
        }

        Assert.True(condition(), what);
    }

    private static PublishedSearchIndex Index(SharedDatabaseFactory node) => node.Services.GetRequiredService<PublishedSearchIndex>();

    private static SharedDatabaseFactory Node(TestDatabase database, string name)
    {
        var node = new SharedDatabaseFactory(database).WithOwnSearchFolder(name);
        node.Settings["Search:RebuildPollMilliseconds"] = "100";
        return node;
    }
}

public sealed class SqliteSearchClusterTests() : SearchClusterTests(DatabaseProvider.Sqlite);

public sealed class PostgresSearchClusterTests() : SearchClusterTests(DatabaseProvider.Postgres);
