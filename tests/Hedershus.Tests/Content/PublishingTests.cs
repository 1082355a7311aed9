using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hedershus.Core.Content.Editing;
using Hedershus.Core.Content.Published;
using Hedershus.Core.Data;
using Hedershus.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Hedershus.Tests.Infrastructure.ManagementClient;

namespace Hedershus.Tests.Content;

public abstract class PublishingTests(ContentHost host) : IDisposable
{
    private readonly ManagementClient _api = new(host.Factory);

    private PublishedSnapshot Snapshot => host.Factory.Services.GetRequiredService<PublishedSnapshotService>().Current;

    [Fact]
    public async Task Publishing_a_culture_puts_it_in_the_snapshot_with_its_route()
    {
        var root = await _api.CreatePublishedRootAsync("testRoot", "sv", "en");
        var page = await _api.CreatePublishedAsync("testPage", root, ("sv", "Tvångsäktenskap"), ("en", "Forced marriage"));

        var published = Snapshot.Find(page);
        Assert.NotNull(published);
        Assert.Equal("/tvangsaktenskap/", published.Cultures["sv"].Route);
        Assert.Equal("/en/forced-marriage/", published.Cultures["en"].Route);
        Assert.Equal(2, published.Level);
        Assert.Same(published, Snapshot.FindByRoute(root, "en", "/en/forced-marriage/"));
    }

    [Fact]
    public async Task Republishing_a_page_in_place_replaces_it_and_keeps_its_children_and_routes()
    {
        var root = await _api.CreatePublishedRootAsync("testRoot", "sv", "en");
        var page = await _api.CreatePublishedAsync("testPage", root, ("sv", "Sidan"), ("en", "Page"));
        var child = await _api.CreatePublishedAsync("testPage", page, ("sv", "Barnet"), ("en", "Child"));
        var revision = (await _api.GetAsync(page))["revision"]!.GetValue<int>();
        await ExpectAsync(await _api.Http.PutAsJsonAsync($"{Base}/documents/{page}", new { revision, cultures = new { sv = new { name = "Sidan", segment = "sidan", properties = new { title = "Ny rubrik" } } } }), HttpStatusCode.OK);

        await _api.PublishAsync(page, "sv");

        var republished = Snapshot.Find(page)!;
        Assert.Equal("Ny rubrik", republished.Cultures["sv"].Properties["title"].GetString());
        Assert.Equal("Page", republished.Cultures["en"].Name);
        Assert.Same(republished, Snapshot.FindByRoute(root, "sv", "/sidan/"));
        Assert.Same(republished, Snapshot.Children(root).Single(c => c.Key == page));
        Assert.Equal(Snapshot.Find(child), Snapshot.Children(page).Single());
        Assert.Equal("/sidan/barnet/", Snapshot.Find(child)!.Cultures["sv"].Route);
    }

    [Fact]
    public async Task Publishing_one_culture_leaves_the_other_unpublished()
    {
        var root = await _api.CreatePublishedRootAsync("testRoot", "sv", "en");
        var created = await _api.CreateAsync("testPage", root, new JsonObject { ["sv"] = Culture("Sv", new { title = "Sv" }), ["en"] = Culture("En", new { title = "En" }) });

        await _api.PublishAsync(Id(created), "sv");

        var published = Snapshot.Find(Id(created))!;
        Assert.True(published.Cultures.ContainsKey("sv"));
        Assert.False(published.Cultures.ContainsKey("en"));
    }

    [Fact]
    public async Task Publishing_without_a_mandatory_value_answers_400_for_that_culture_and_publishes_nothing()
    {
        var root = await _api.CreatePublishedRootAsync("testRoot", "sv", "en");
        var created = await _api.CreateAsync("testPage", root, new JsonObject { ["sv"] = Culture("Med rubrik", new { title = "Rubrik" }), ["en"] = Culture("No title") });

        var response = await _api.Http.PostAsJsonAsync($"{Base}/documents/{Id(created)}/publish", new { cultures = new[] { "sv", "en" } });

        await ExpectProblemAsync(response, HttpStatusCode.BadRequest, "cultures.en.properties.title");
        Assert.Null(Snapshot.Find(Id(created)));
    }

    [Fact]
    public async Task A_child_cannot_be_published_before_its_parent()
    {
        var root = Id(await _api.CreateAsync("testRoot", null, new JsonObject { ["sv"] = Culture("Opublicerad", new { title = "x" }) }));
        var child = Id(await _api.CreateAsync("testPage", root, new JsonObject { ["sv"] = Culture("Barn", new { title = "x" }) }));

        var response = await _api.Http.PostAsJsonAsync($"{Base}/documents/{child}/publish", new { cultures = new[] { "sv" } });

        await ExpectProblemAsync(response, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Two_siblings_cannot_publish_the_same_segment()
    {
        var root = await _api.CreatePublishedRootAsync("testRoot", "sv");
        await _api.CreatePublishedAsync("testPage", root, ("sv", "Samma namn"));
        var twin = Id(await _api.CreateAsync("testPage", root, new JsonObject { ["sv"] = Culture("Samma namn", new { title = "x" }) }));

        var response = await _api.Http.PostAsJsonAsync($"{Base}/documents/{twin}/publish", new { cultures = new[] { "sv" } });

        await ExpectProblemAsync(response, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Unpublishing_removes_the_culture_from_the_snapshot()
    {
        var root = await _api.CreatePublishedRootAsync("testRoot", "sv", "en");
        var page = await _api.CreatePublishedAsync("testPage", root, ("sv", "Sida"), ("en", "Page"));

        await ExpectAsync(await _api.Http.PostAsJsonAsync($"{Base}/documents/{page}/unpublish", new { cultures = new[] { "en" } }), HttpStatusCode.OK);
        Assert.False(Snapshot.Find(page)!.Cultures.ContainsKey("en"));

        await ExpectAsync(await _api.Http.PostAsJsonAsync($"{Base}/documents/{page}/unpublish", new { cultures = new[] { "sv" } }), HttpStatusCode.OK);
        Assert.Null(Snapshot.Find(page));
    }

    [Fact]
    public async Task An_invariant_node_serves_every_culture_below_a_variant_parent()
    {
        var root = await _api.CreatePublishedRootAsync("testRoot", "sv", "en");
        var created = await _api.CreateAsync("testInvariant", root, new JsonObject { ["sv"] = Culture("Kontakt") }, new { phone = "020-50 50 50" });
        await _api.PublishAsync(Id(created));

        var published = Snapshot.Find(Id(created))!;
        Assert.Equal("/kontakt/", published.Cultures["sv"].Route);
        Assert.Equal("/en/kontakt/", published.Cultures["en"].Route);
        Assert.Equal("020-50 50 50", published.Cultures["en"].Properties["phone"].GetString());
    }

    [Fact]
    public async Task Renaming_the_segment_of_a_published_page_records_a_redirect_for_it_and_its_children()
    {
        var root = await _api.CreatePublishedRootAsync("testRoot", "sv");
        var section = await _api.CreatePublishedAsync("testPage", root, ("sv", "Gammalt namn"));
        var child = await _api.CreatePublishedAsync("testPage", section, ("sv", "Barnet"));
        var revision = (await _api.GetAsync(section))["revision"]!.GetValue<int>();
        await ExpectAsync(await _api.Http.PutAsJsonAsync($"{Base}/documents/{section}", new { revision, cultures = new { sv = new { name = "Nytt namn", properties = new { title = "x" } } } }), HttpStatusCode.OK);

        await _api.PublishAsync(section, "sv");

        Assert.Equal("/nytt-namn/barnet/", Snapshot.Find(child)!.Cultures["sv"].Route);
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HedershusDbContext>();
        var redirects = await db.Redirects.Where(r => r.NodeKey == section || r.NodeKey == child).ToDictionaryAsync(r => r.Route, r => r.NodeKey);
        Assert.Equal(section, redirects["/gammalt-namn/"]);
        Assert.Equal(child, redirects["/gammalt-namn/barnet/"]);
    }

    [Fact]
    public async Task A_scheduled_publish_happens_when_the_clock_passes_it_and_only_once()
    {
        var root = await _api.CreatePublishedRootAsync("testRoot", "sv");
        var page = Id(await _api.CreateAsync("testPage", root, new JsonObject { ["sv"] = Culture("Senare", new { title = "x" }) }));
        var at = host.Factory.Clock.GetUtcNow().AddHours(1);
        await ExpectAsync(await _api.Http.PutAsJsonAsync($"{Base}/documents/{page}/schedule", new { culture = "sv", publishAt = at }), HttpStatusCode.OK);

        Assert.Equal(0, await RunScheduleAsync());
        Assert.Null(Snapshot.Find(page));

        host.Factory.Clock.Advance(TimeSpan.FromHours(2));
        Assert.True(await RunScheduleAsync() >= 1);
        Assert.NotNull(Snapshot.Find(page));
        Assert.Equal(0, await RunScheduleAsync());
        var document = await _api.GetAsync(page);
        Assert.Null(document["cultures"]!["sv"]!["publishAt"]);
    }

    [Fact]
    public async Task A_scheduled_unpublish_takes_one_culture_down_when_its_time_comes()
    {
        var root = await _api.CreatePublishedRootAsync("testRoot", "sv", "en");
        var page = await _api.CreatePublishedAsync("testPage", root, ("sv", "Tillfällig"), ("en", "Temporary"));
        var at = host.Factory.Clock.GetUtcNow().AddDays(1);
        await ExpectAsync(await _api.Http.PutAsJsonAsync($"{Base}/documents/{page}/schedule", new { culture = "en", unpublishAt = at }), HttpStatusCode.OK);

        host.Factory.Clock.Advance(TimeSpan.FromDays(2));
        await RunScheduleAsync();

        var published = Snapshot.Find(page)!;
        Assert.True(published.Cultures.ContainsKey("sv"));
        Assert.False(published.Cultures.ContainsKey("en"));
        Assert.Equal(0, await RunScheduleAsync());
    }

    [Fact]
    public async Task A_schedule_in_the_past_answers_400()
    {
        var root = await _api.CreatePublishedRootAsync("testRoot", "sv");
        var page = Id(await _api.CreateAsync("testPage", root, new JsonObject { ["sv"] = Culture("x", new { title = "x" }) }));
        var response = await _api.Http.PutAsJsonAsync($"{Base}/documents/{page}/schedule", new { culture = "sv", publishAt = host.Factory.Clock.GetUtcNow().AddMinutes(-5) });
        await ExpectProblemAsync(response, HttpStatusCode.BadRequest, "publishAt");
    }

    private async Task<int> RunScheduleAsync()
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ScheduledPublishingJob>().RunDueAsync(CancellationToken.None);
    }

    public void Dispose()
    {
        _api.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqlitePublishingTests(SqliteContentHost host) : PublishingTests(host), IClassFixture<SqliteContentHost>;

public sealed class PostgresPublishingTests(PostgresContentHost host) : PublishingTests(host), IClassFixture<PostgresContentHost>;
