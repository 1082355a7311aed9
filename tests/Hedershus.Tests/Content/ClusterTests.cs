using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hedershus.Core.Content.Published;
using Hedershus.Core.Data;
using Hedershus.Core.Media;
using Hedershus.Tests.Infrastructure;
using Hedershus.Tests.Media;
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

    [Fact]
    public async Task A_second_node_sees_media_uploaded_on_the_first_and_shows_it_in_content()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var first = NewNode(database);
        await using var second = NewNode(database);
        using var api = new ManagementClient(first);
        using var reader = second.CreateClient();
        _ = second.Server; // started, with its media snapshot read, before the upload

        using var form = MediaApiClient.Form(MediaSamples.Png, "delad.png", "image/png", ("altText.sv", "Delad bild"));
        var image = ManagementClient.Id(await ManagementClient.ExpectAsync(await api.Http.PostAsync(MediaApiClient.ManagementMedia, form), HttpStatusCode.Created));
        var root = await api.CreatePublishedRootAsync("testRoot", "sv");
        var page = ManagementClient.Id(await api.CreateAsync("testPage", root, new JsonObject { ["sv"] = ManagementClient.Culture("Med bild", new { title = "Med bild" }) }, new { image = new[] { image } }));
        await api.PublishAsync(page, "sv");

        var snapshots = second.Services.GetRequiredService<MediaSnapshotService>();
        for (var i = 0; i < 500 && snapshots.Current.Find(image) is null; i++)
        {
            await Task.Delay(20);
        }

        Assert.True(snapshots.Current.Find(image) is not null, "The second node did not read the new media within 10 s.");
        await WaitUntilAsync(second, s => s.Find(page) is not null);
        var item = await ManagementClient.ExpectAsync(await reader.GetAsync($"/umbraco/delivery/api/v2/content/item/{page}"), HttpStatusCode.OK);
        Assert.Equal("Delad bild", item["properties"]!["image"]![0]!["properties"]!["altText"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_second_node_notices_media_edits_in_the_same_clock_tick_and_deletes()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var first = NewNode(database);
        await using var second = NewNode(database);
        second.Settings["Media:RefreshSeconds"] = "3600"; // only the checks below look
        using var api = new ManagementClient(first);
        var follower = second.Services.GetRequiredService<MediaSnapshotService>();
        Assert.False(await follower.RefreshIfChangedAsync(CancellationToken.None));

        var image = await UploadAsync(api, "karta.png");
        var other = await UploadAsync(api, "plan.png");
        Assert.True(await follower.RefreshIfChangedAsync(CancellationToken.None));
        Assert.Equal("karta.png", follower.Current.Find(image)?.Item.Name);
        Assert.False(await follower.RefreshIfChangedAsync(CancellationToken.None));

        // Both nodes' clocks stand still: the rename keeps the row count, the highest id and the latest update time.
        await ManagementClient.ExpectAsync(await api.Http.PutAsJsonAsync($"{MediaApiClient.ManagementMedia}/{image}", new { name = "Ny karta" }), HttpStatusCode.OK);
        Assert.True(await follower.RefreshIfChangedAsync(CancellationToken.None));
        Assert.Equal("Ny karta", follower.Current.Find(image)?.Item.Name);

        // A delete and an upload between two checks.
        await ManagementClient.ExpectAsync(await api.Http.DeleteAsync($"{MediaApiClient.ManagementMedia}/{other}"), HttpStatusCode.NoContent);
        var third = await UploadAsync(api, "ny.png");
        Assert.True(await follower.RefreshIfChangedAsync(CancellationToken.None));
        Assert.Null(follower.Current.Find(other));
        Assert.NotNull(follower.Current.Find(third));
        Assert.False(await follower.RefreshIfChangedAsync(CancellationToken.None));
    }

    private static async Task<Guid> UploadAsync(ManagementClient api, string fileName)
    {
        using var form = MediaApiClient.Form(MediaSamples.Png, fileName, "image/png");
        return ManagementClient.Id(await ManagementClient.ExpectAsync(await api.Http.PostAsync(MediaApiClient.ManagementMedia, form), HttpStatusCode.Created));
    }

    private static SharedDatabaseFactory NewNode(TestDatabase database)
    {
        var factory = new SharedDatabaseFactory(database).WithOwnSearchFolder(Guid.NewGuid().ToString("N"));
        factory.Settings["Hedershus:ModelsPath"] = ContentHost.ModelsPath;
        factory.Settings["Content:JournalPollMilliseconds"] = "20";
        factory.Settings["Media:RefreshSeconds"] = "1";
        return factory;
    }

    private static async Task WaitUntilAsync(SharedDatabaseFactory node, Func<PublishedSnapshot, bool> condition)
    {
        var snapshots = node.Services.GetRequiredService<PublishedSnapshotService>();
        for (var i = 0; i < 500 && !condition(snapshots.Current); i++)
        {
            await Task.Delay(20);
        }

        Assert.True(condition(snapshots.Current), "The second node did not apply the change within 10 s.");
    }
}

public sealed class SqliteClusterTests() : ClusterTests(DatabaseProvider.Sqlite);

public sealed class PostgresClusterTests() : ClusterTests(DatabaseProvider.Postgres);
