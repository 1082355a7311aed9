using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hedershus.Core.Common;
using Hedershus.Core.Data;
using Hedershus.Core.Search.Indexing;
using Hedershus.Core.Search.Rebuild;
using Hedershus.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Hedershus.Tests.Search.SearchStory;

namespace Hedershus.Tests.Search;

/// <summary>The index survives restarts, damage and full rebuilds; searches keep answering throughout.</summary>
public abstract class SearchRepairTests(DatabaseProvider provider)
{
    [Fact]
    public async Task A_damaged_index_is_rebuilt_at_start_up_and_search_works()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (page, word) = await PublishOnFirstStartAsync(database);
        var index = Path.Combine(database.DataPath, "Search", "published");
        foreach (var file in Directory.EnumerateFiles(index, "*", SearchOption.AllDirectories).Where(f => Path.GetFileName(f) != "current"))
        {
            await File.WriteAllBytesAsync(file, [.. Enumerable.Repeat((byte)0x5A, 64)]);
        }

        await using var restarted = new SharedDatabaseFactory(database);
        using var story = new SearchStory(restarted);
        Assert.True(Has(await story.SearchAsync(new { q = word }), page));
        Assert.Equal(1, restarted.Services.GetRequiredService<PublishedSearchIndex>().Rebuilds);
    }

    [Fact]
    public async Task A_missing_index_is_rebuilt_at_start_up()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (page, word) = await PublishOnFirstStartAsync(database);
        Directory.Delete(Path.Combine(database.DataPath, "Search"), recursive: true);

        await using var restarted = new SharedDatabaseFactory(database);
        using var story = new SearchStory(restarted);
        Assert.True(Has(await story.SearchAsync(new { q = word }), page));

        // The rebuilt index is merged before it is swapped in (Search:RebuiltSegments), so queries seek one segment.
        using var lease = restarted.Services.GetRequiredService<PublishedSearchIndex>().Acquire();
        Assert.Single(lease.Searcher.IndexReader.Leaves);
    }

    [Fact]
    public async Task A_restarted_node_applies_what_was_published_while_it_was_down()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (kept, word) = await PublishOnFirstStartAsync(database);
        Guid removed, added;
        await using (var other = new SharedDatabaseFactory(database))
        {
            // Another node of the cluster: same database, an index of its own.
            other.Settings["Search:Path"] = Path.Combine(database.DataPath, "other-node-search");
            using var story = new SearchStory(other);
            var root = await story.RootAsync();
            removed = await story.PageAsync(root, $"Borttagen {word}", "Ingress.", $"<p>{word}</p>");
            added = await story.PageAsync(root, $"Tillagd {word}", "Ingress.", $"<p>{word}</p>");
            await ManagementClient.ExpectAsync(await story.Api.Http.PostAsync($"{ManagementClient.Base}/documents/{removed}/trash", null), HttpStatusCode.NoContent);
        }

        await using var restarted = new SharedDatabaseFactory(database);
        using var restartedStory = new SearchStory(restarted);
        var answer = await restartedStory.SearchAsync(new { q = word });
        Assert.True(Has(answer, kept));
        Assert.True(Has(answer, added));
        Assert.False(Has(answer, removed));
        Assert.Equal(0, restarted.Services.GetRequiredService<PublishedSearchIndex>().Rebuilds);
    }

    private static async Task<(Guid Page, string Word)> PublishOnFirstStartAsync(TestDatabase database)
    {
        await using var first = new SharedDatabaseFactory(database);
        using var story = new SearchStory(first);
        var word = Word();
        var root = await story.RootAsync();
        var page = await story.PageAsync(root, $"Bestående {word}", "Ingress.", $"<p>{word}</p>");
        await story.SearchUntilAsync(new { q = word }, a => Has(a, page));
        return (page, word);
    }
}

public sealed class SqliteSearchRepairTests() : SearchRepairTests(DatabaseProvider.Sqlite);

public sealed class PostgresSearchRepairTests() : SearchRepairTests(DatabaseProvider.Postgres);

/// <summary>The rebuild, asked for through the management API or the job, swaps a new generation in while searches go on.</summary>
public abstract class SearchRebuildTests(SearchJobsHost host)
{
    [Fact]
    public async Task A_rebuild_swaps_in_a_new_index_without_interrupting_searches()
    {
        using var story = new SearchStory(host.Factory);
        var word = Word();
        var root = await story.RootAsync();
        var page = await story.PageAsync(root, $"Ombyggnad {word}", "Ingress.", $"<p>{word}</p>");
        await story.SearchUntilAsync(new { q = word }, a => Has(a, page));
        var index = host.Factory.Services.GetRequiredService<PublishedSearchIndex>();
        var (folder, rebuilds) = (index.Live.Folder, index.Rebuilds);

        Assert.Equal(HttpStatusCode.Unauthorized, (await story.Http.PostAsync($"{ManagementClient.Base}/search/rebuild", null)).StatusCode);
        var requested = await ManagementClient.ExpectAsync(await story.Api.Http.PostAsync($"{ManagementClient.Base}/search/rebuild", null), HttpStatusCode.Accepted);
        Assert.True(requested["requestId"]!.GetValue<long>() > 0);

        for (var i = 0; i < 1500 && index.Rebuilds == rebuilds; i++)
        {
            Assert.True(Has(await story.SearchAsync(new { q = word }), page), "Searches answer from the old index until the swap.");
            await Task.Delay(20);
        }

        Assert.True(index.Rebuilds > rebuilds, "The rebuild did not finish within 30 s.");
        Assert.NotEqual(folder, index.Live.Folder);
        Assert.True(Has(await story.SearchAsync(new { q = word }), page));
        for (var i = 0; i < 100 && Directory.Exists(folder); i++)
        {
            await Task.Delay(100);
        }

        Assert.False(Directory.Exists(folder), "The replaced generation is deleted once searches are done with it.");
    }

    [Fact]
    public async Task The_rebuild_job_asks_every_node_for_a_rebuild()
    {
        var index = host.Factory.Services.GetRequiredService<PublishedSearchIndex>();
        var before = index.RebuildRequest;

        host.Factory.Services.GetRequiredService<IJobScheduler>().Enqueue<SearchIndexRebuildJob>();

        await SearchClusterTests.WaitUntilAsync(() => index.RebuildRequest > before, "The rebuild job's request was not followed.");
    }
}

public sealed class SqliteSearchRebuildTests(SqliteSearchJobsHost host) : SearchRebuildTests(host), IClassFixture<SqliteSearchJobsHost>;

public sealed class PostgresSearchRebuildTests(PostgresSearchJobsHost host) : SearchRebuildTests(host), IClassFixture<PostgresSearchJobsHost>;
