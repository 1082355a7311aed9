using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hedershus.Core.Content.Published;
using Hedershus.Core.Data;
using Hedershus.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Hedershus.Tests.Infrastructure.ManagementClient;

namespace Hedershus.Tests.Content;

/// <summary>Two published pages never share a route, whichever way they would come to.</summary>
public abstract class RouteConflictTests(ContentHost host) : IDisposable
{
    private readonly ManagementClient _api = new(host.Factory);

    private PublishedSnapshot Snapshot => host.Factory.Services.GetRequiredService<PublishedSnapshotService>().Current;

    [Fact]
    public async Task Moving_a_page_next_to_a_sibling_with_its_segment_answers_409_and_moves_nothing()
    {
        var root = await _api.CreatePublishedRootAsync("testRoot", "sv");
        var a = await _api.CreatePublishedAsync("testPage", root, ("sv", "A"));
        var b = await _api.CreatePublishedAsync("testPage", root, ("sv", "B"));
        var inA = await _api.CreatePublishedAsync("testPage", a, ("sv", "Samma"));
        await _api.CreatePublishedAsync("testPage", b, ("sv", "Samma"));

        await ExpectProblemAsync(await _api.Http.PostAsJsonAsync($"{Base}/documents/{inA}/move", new { parentId = b }), HttpStatusCode.Conflict);

        Assert.Equal(a, Snapshot.Find(inA)!.ParentKey);
        Assert.Equal(a, (await _api.GetAsync(inA))["parentId"]!.GetValue<Guid>());
    }

    [Fact]
    public async Task An_invariant_page_holds_its_segment_in_every_culture()
    {
        var root = await _api.CreatePublishedRootAsync("testRoot", "sv", "en");
        var invariant = await _api.CreateAsync("testInvariant", root, new JsonObject { ["sv"] = Culture("Faq") }, new { phone = "112" });
        await _api.PublishAsync(Id(invariant));
        var english = Id(await _api.CreateAsync("testPage", root, new JsonObject { ["sv"] = Culture("Frågor", new { title = "x" }), ["en"] = Culture("Faq", new { title = "x" }) }));

        await _api.PublishAsync(english, "sv");
        var response = await _api.Http.PostAsJsonAsync($"{Base}/documents/{english}/publish", new { cultures = new[] { "en" } });

        await ExpectProblemAsync(response, HttpStatusCode.Conflict);
        Assert.False(Snapshot.Find(english)!.Cultures.ContainsKey("en"));
    }

    [Fact]
    public async Task A_top_level_segment_may_not_be_another_cultures_code()
    {
        var root = await _api.CreatePublishedRootAsync("testRoot", "sv", "en");
        var page = Id(await _api.CreateAsync("testPage", root, new JsonObject { ["sv"] = Culture("Engelska", new { title = "x" }, segment: "en") }));

        await ExpectProblemAsync(await _api.Http.PostAsJsonAsync($"{Base}/documents/{page}/publish", new { cultures = new[] { "sv" } }), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Publishing_a_shared_value_updates_every_published_culture()
    {
        var root = await _api.CreatePublishedRootAsync("testRoot", "sv", "en");
        var page = Id(await _api.CreateAsync("testPage", root, new JsonObject { ["sv"] = Culture("Delad", new { title = "x" }), ["en"] = Culture("Shared", new { title = "x" }) }, new { code = "A1" }));
        await _api.PublishAsync(page, "sv", "en");
        var revision = (await _api.GetAsync(page))["revision"]!.GetValue<int>();
        await ExpectAsync(await _api.Http.PutAsJsonAsync($"{Base}/documents/{page}", new { revision, properties = new { code = "B2" } }), HttpStatusCode.OK);

        await _api.PublishAsync(page, "sv");

        Assert.Equal("B2", Snapshot.Find(page)!.Cultures["en"].Properties["code"].GetString());
    }

    [Fact]
    public async Task A_failed_publish_of_an_imported_node_leaves_no_journal_row_or_node()
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HedershusDbContext>();
        var journalBefore = await db.ChangeJournal.CountAsync();
        var root = await _api.CreatePublishedRootAsync("testRoot", "sv");
        var journalAfterRoot = await db.ChangeJournal.CountAsync();
        var key = Guid.NewGuid();
        var importer = host.Factory.Services.GetRequiredService<Hedershus.Core.Content.Import.ContentImporter>();

        var result = await importer.ImportAsync(
            [new Hedershus.Core.Content.Import.PackageNode { Key = key, ContentType = "testPage", Cultures = new() { ["sv"] = new() { Name = "Utan rubrik" } } }],
            root,
            CancellationToken.None);

        Assert.Single(result.Errors);
        Assert.False(await db.ContentNodes.AnyAsync(n => n.Key == key));
        Assert.True(journalAfterRoot > journalBefore);
        Assert.Equal(journalAfterRoot, await db.ChangeJournal.CountAsync());
    }

    public void Dispose()
    {
        _api.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteRouteConflictTests(SqliteContentHost host) : RouteConflictTests(host), IClassFixture<SqliteContentHost>;

public sealed class PostgresRouteConflictTests(PostgresContentHost host) : RouteConflictTests(host), IClassFixture<PostgresContentHost>;
