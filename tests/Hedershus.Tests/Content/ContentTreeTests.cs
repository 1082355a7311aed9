using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hedershus.Core.Content.Published;
using Hedershus.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Hedershus.Tests.Infrastructure.ManagementClient;

namespace Hedershus.Tests.Content;

public abstract class ContentTreeTests(ContentHost host) : IDisposable
{
    private readonly ManagementClient _api = new(host.Factory);

    private PublishedSnapshot Snapshot => host.Factory.Services.GetRequiredService<PublishedSnapshotService>().Current;

    [Fact]
    public async Task Moving_a_published_page_changes_its_route_and_records_a_redirect()
    {
        var root = await _api.CreatePublishedRootAsync("testRoot", "sv");
        var from = await _api.CreatePublishedAsync("testPage", root, ("sv", "Från"));
        var to = await _api.CreatePublishedAsync("testPage", root, ("sv", "Till"));
        var page = await _api.CreatePublishedAsync("testPage", from, ("sv", "Sidan"));

        await ExpectAsync(await _api.Http.PostAsJsonAsync($"{Base}/documents/{page}/move", new { parentId = to }), HttpStatusCode.OK);

        var moved = Snapshot.Find(page)!;
        Assert.Equal(to, moved.ParentKey);
        Assert.Equal("/till/sidan/", moved.Cultures["sv"].Route);
        Assert.Contains(Snapshot.Children(to), c => c.Key == page);
        Assert.DoesNotContain(Snapshot.Children(from), c => c.Key == page);
    }

    [Fact]
    public async Task A_node_cannot_move_below_itself_or_where_its_type_is_not_allowed()
    {
        var root = await _api.CreatePublishedRootAsync("testRoot", "sv");
        var parent = await _api.CreatePublishedAsync("testPage", root, ("sv", "Förälder"));
        var child = await _api.CreatePublishedAsync("testPage", parent, ("sv", "Barn"));

        await ExpectProblemAsync(await _api.Http.PostAsJsonAsync($"{Base}/documents/{parent}/move", new { parentId = child }), HttpStatusCode.BadRequest, "parentId");
        await ExpectProblemAsync(await _api.Http.PostAsJsonAsync($"{Base}/documents/{parent}/move", new { parentId = (Guid?)null }), HttpStatusCode.BadRequest, "parentId");
        Assert.Equal(root, Snapshot.Find(parent)!.ParentKey);
    }

    [Fact]
    public async Task Sorting_children_changes_their_order_in_the_snapshot()
    {
        var root = await _api.CreatePublishedRootAsync("testRoot", "sv");
        var a = await _api.CreatePublishedAsync("testPage", root, ("sv", "A"));
        var b = await _api.CreatePublishedAsync("testPage", root, ("sv", "B"));
        var c = await _api.CreatePublishedAsync("testPage", root, ("sv", "C"));

        await ExpectAsync(await _api.Http.PutAsJsonAsync($"{Base}/documents/{root}/children/sort", new { ids = new[] { c, a, b } }), HttpStatusCode.NoContent);

        Assert.Equal([c, a, b], Snapshot.Children(root).Select(n => n.Key));
    }

    [Fact]
    public async Task Sorting_with_a_missing_child_answers_400()
    {
        var root = await _api.CreatePublishedRootAsync("testRoot", "sv");
        var a = await _api.CreatePublishedAsync("testPage", root, ("sv", "A"));
        await _api.CreatePublishedAsync("testPage", root, ("sv", "B"));

        await ExpectProblemAsync(await _api.Http.PutAsJsonAsync($"{Base}/documents/{root}/children/sort", new { ids = new[] { a } }), HttpStatusCode.BadRequest, "ids");
    }

    [Fact]
    public async Task Copying_makes_unpublished_drafts_with_new_keys()
    {
        var root = await _api.CreatePublishedRootAsync("testRoot", "sv");
        var page = await _api.CreatePublishedAsync("testPage", root, ("sv", "Original"));
        await _api.CreatePublishedAsync("testPage", page, ("sv", "Under"));

        var copy = await ExpectAsync(await _api.Http.PostAsJsonAsync($"{Base}/documents/{page}/copy", new { parentId = root, includeDescendants = true }), HttpStatusCode.Created);

        Assert.NotEqual(page, Id(copy));
        Assert.False(copy["cultures"]!["sv"]!["published"]!.GetValue<bool>());
        var children = JsonNode.Parse(await _api.Http.GetStringAsync($"{Base}/documents/{Id(copy)}/children"))!;
        Assert.Equal(1, children["total"]!.GetValue<long>());
    }

    [Fact]
    public async Task Trash_unpublishes_the_subtree_restore_brings_it_back_unpublished_and_delete_removes_it()
    {
        var root = await _api.CreatePublishedRootAsync("testRoot", "sv");
        var page = await _api.CreatePublishedAsync("testPage", root, ("sv", "Papperskorg"));
        var child = await _api.CreatePublishedAsync("testPage", page, ("sv", "Barn"));

        await ExpectAsync(await _api.Http.PostAsync($"{Base}/documents/{page}/trash", null), HttpStatusCode.NoContent);
        Assert.Null(Snapshot.Find(page));
        Assert.Null(Snapshot.Find(child));
        var trash = JsonNode.Parse(await _api.Http.GetStringAsync($"{Base}/documents/trash?take=500"))!["items"]!.AsArray();
        Assert.Contains(trash, t => t!["id"]!.GetValue<Guid>() == page);
        Assert.DoesNotContain(trash, t => t!["id"]!.GetValue<Guid>() == child);

        var restored = await ExpectAsync(await _api.Http.PostAsync($"{Base}/documents/{page}/restore", null), HttpStatusCode.OK);
        Assert.False(restored["trashed"]!.GetValue<bool>());
        Assert.False(restored["cultures"]!["sv"]!["published"]!.GetValue<bool>());
        Assert.False((await _api.GetAsync(child))["trashed"]!.GetValue<bool>());

        await ExpectAsync(await _api.Http.DeleteAsync($"{Base}/documents/{page}"), HttpStatusCode.NoContent);
        await ExpectProblemAsync(await _api.Http.GetAsync($"{Base}/documents/{page}"), HttpStatusCode.NotFound);
        await ExpectProblemAsync(await _api.Http.GetAsync($"{Base}/documents/{child}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Restoring_a_parent_leaves_a_child_that_was_trashed_on_its_own_in_the_bin()
    {
        var root = await _api.CreatePublishedRootAsync("testRoot", "sv");
        var parent = await _api.CreatePublishedAsync("testPage", root, ("sv", "Förälder"));
        var kept = await _api.CreatePublishedAsync("testPage", parent, ("sv", "Följer med"));
        var alone = await _api.CreatePublishedAsync("testPage", parent, ("sv", "Slängd ensam"));
        await ExpectAsync(await _api.Http.PostAsync($"{Base}/documents/{alone}/trash", null), HttpStatusCode.NoContent);
        await ExpectAsync(await _api.Http.PostAsync($"{Base}/documents/{parent}/trash", null), HttpStatusCode.NoContent);

        await ExpectAsync(await _api.Http.PostAsync($"{Base}/documents/{parent}/restore", null), HttpStatusCode.OK);

        Assert.False((await _api.GetAsync(kept))["trashed"]!.GetValue<bool>());
        Assert.True((await _api.GetAsync(alone))["trashed"]!.GetValue<bool>());
        var trash = JsonNode.Parse(await _api.Http.GetStringAsync($"{Base}/documents/trash?take=500"))!["items"]!.AsArray();
        Assert.Contains(trash, t => t!["id"]!.GetValue<Guid>() == alone);
    }

    [Fact]
    public async Task Editing_a_trashed_node_answers_409()
    {
        var root = await _api.CreatePublishedRootAsync("testRoot", "sv");
        var page = Id(await _api.CreateAsync("testPage", root, new JsonObject { ["sv"] = Culture("Bort", new { title = "x" }) }));
        await ExpectAsync(await _api.Http.PostAsync($"{Base}/documents/{page}/trash", null), HttpStatusCode.NoContent);

        var response = await _api.Http.PutAsJsonAsync($"{Base}/documents/{page}", new { revision = 1, cultures = new { sv = new { name = "Ny" } } });

        await ExpectProblemAsync(response, HttpStatusCode.Conflict);
    }

    public void Dispose()
    {
        _api.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteContentTreeTests(SqliteContentHost host) : ContentTreeTests(host), IClassFixture<SqliteContentHost>;

public sealed class PostgresContentTreeTests(PostgresContentHost host) : ContentTreeTests(host), IClassFixture<PostgresContentHost>;
