using System.Net;
using System.Text.Json.Nodes;
using Hedershus.Tests.Content;
using Hedershus.Tests.Infrastructure;
using static Hedershus.Tests.Delivery.ContentStory;
using static Hedershus.Tests.Infrastructure.ManagementClient;

namespace Hedershus.Tests.Delivery;

public abstract class DeliveryRoutingTests(ContentHost host) : IDisposable
{
    private readonly ManagementClient _api = new(host.Factory);
    private readonly DeliveryClient _delivery = new(host.Factory);
    private ContentStory Story => new(_api);

    [Fact]
    public async Task A_path_is_relative_to_the_start_item_and_read_in_the_culture_asked_for()
    {
        var root = await Story.RootAsync();
        var parent = await Story.PageAsync(root, new Dictionary<string, string> { ["sv"] = "Vägledning", ["en"] = "Guidance" });
        await Story.PageAsync(parent, new Dictionary<string, string> { ["sv"] = "Tvångsäktenskap", ["en"] = "Forced marriage" });

        var sv = await _delivery.ItemAsync("/content/item/vagledning/tvangsaktenskap", startItem: root);
        var en = await _delivery.ItemAsync("/content/item/guidance/forced-marriage/", culture: "en-GB,en;q=0.8", startItem: root);
        var prefixed = await _delivery.ItemAsync("/content/item/en/guidance/forced-marriage", startItem: root);
        var home = await _delivery.ItemAsync("/content/item/", startItem: root);

        Assert.Equal("Tvångsäktenskap", sv["name"]!.GetValue<string>());
        Assert.Equal("Forced marriage", en["name"]!.GetValue<string>());
        Assert.Equal("/en/guidance/forced-marriage/", RoutePath(en));
        Assert.Equal("Forced marriage", prefixed["name"]!.GetValue<string>());
        Assert.Equal(root, home["id"]!.GetValue<Guid>());
    }

    [Fact]
    public async Task Without_a_start_item_paths_are_read_below_the_first_published_root()
    {
        await Story.RootAsync();
        var roots = JsonNode.Parse(await _api.Http.GetStringAsync($"{Base}/documents/root/children?take=500"))!["items"]!.AsArray();
        var first = roots.First(r => r!["publishedCultures"]!.AsArray().Count > 0)!["id"]!.GetValue<Guid>();

        var home = await _delivery.ItemAsync("/content/item/");

        Assert.Equal(first, home["id"]!.GetValue<Guid>());
    }

    [Fact]
    public async Task A_start_item_can_be_named_by_its_url_segment()
    {
        var root = await Story.RootAsync();
        var segment = (await _delivery.ItemAsync($"/content/item/{root}"))["route"]!["startItem"]!["path"]!.GetValue<string>();
        await Story.PageAsync(root, "Kontakt");

        using var request = new HttpRequestMessage(HttpMethod.Get, DeliveryClient.Base + "/content/item/kontakt");
        request.Headers.Add("Start-Item", segment);
        var response = await _delivery.Http.SendAsync(request);

        var item = await ExpectAsync(response, HttpStatusCode.OK);
        Assert.Equal("Kontakt", item["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Unknown_ids_paths_and_start_items_answer_404_problems()
    {
        var root = await Story.RootAsync();

        await ExpectProblemAsync(await _delivery.GetAsync($"/content/item/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
        await ExpectProblemAsync(await _delivery.GetAsync("/content/item/finns-inte", startItem: root), HttpStatusCode.NotFound);
        await ExpectProblemAsync(await _delivery.GetAsync("/content/item/", startItem: Guid.NewGuid()), HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/content/item/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/content/item/vagledning%2Fhemligt")]
    [InlineData("/content/item/%2e%2e/%2e%2e/umbraco")]
    [InlineData("/content/item/a/%01/b")]
    [InlineData("/content/item/a%5C..%5Cb")]
    public async Task Unsafe_paths_answer_404_never_500(string path)
    {
        var response = await _delivery.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task An_absurdly_long_path_answers_404()
    {
        var response = await _delivery.GetAsync("/content/item/" + string.Concat(Enumerable.Repeat("abcdefghij/", 400)));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_route_that_moved_answers_301_with_the_new_route_and_its_start_item()
    {
        var root = await Story.RootAsync();
        var rootSegment = (await _delivery.ItemAsync($"/content/item/{root}"))["route"]!["startItem"]!["path"]!.GetValue<string>();
        var id = await Story.PageAsync(root, "Gammalt namn");
        await Story.SaveAsync(id, "sv", "Nytt namn", segment: "nytt-namn");
        await Story.PublishAsync(id, "sv");

        var response = await _delivery.GetAsync("/content/item/gammalt-namn/", startItem: root);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/nytt-namn/", response.Headers.Location?.OriginalString);
        Assert.Equal(rootSegment, response.Headers.GetValues("Location-Start-Item-Path").Single());
        Assert.Equal(root, Guid.Parse(response.Headers.GetValues("Location-Start-Item-Id").Single()));
        Assert.Equal("Nytt namn", (await _delivery.ItemAsync("/content/item/nytt-namn", startItem: root))["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_redirect_belongs_to_its_own_start_item()
    {
        var first = await Story.RootAsync();
        var second = await Story.RootAsync();
        var id = await Story.PageAsync(first, "Flyttad sida");
        await Story.SaveAsync(id, "sv", "Ny plats", segment: "ny-plats");
        await Story.PublishAsync(id, "sv");

        var underFirst = await _delivery.GetAsync("/content/item/flyttad-sida/", startItem: first);
        var underSecond = await _delivery.GetAsync("/content/item/flyttad-sida/", startItem: second);

        Assert.Equal(HttpStatusCode.MovedPermanently, underFirst.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, underSecond.StatusCode);
    }

    [Fact]
    public async Task A_culture_without_a_translation_is_served_from_its_configured_fallback()
    {
        var root = await Story.RootAsync();
        var id = await Story.PageAsync(root, "Bara svenska");

        var ckb = await _delivery.ItemAsync($"/content/item/{id}", culture: "ckb");
        var byPath = await _delivery.ItemAsync("/content/item/bara-svenska", culture: "ckb", startItem: root);
        var ar = await _delivery.GetAsync($"/content/item/{id}", culture: "ar");

        Assert.Equal("Bara svenska", ckb["name"]!.GetValue<string>());
        Assert.Equal("/bara-svenska/", RoutePath(ckb));
        Assert.Equal(id, byPath["id"]!.GetValue<Guid>());
        await ExpectProblemAsync(ar, HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("xx")]
    [InlineData("*")]
    public async Task An_unknown_or_missing_culture_is_read_as_the_default_culture(string? culture)
    {
        var root = await Story.RootAsync();
        var id = await Story.PageAsync(root, new Dictionary<string, string> { ["sv"] = "Svensk", ["en"] = "English" });

        var item = await _delivery.ItemAsync($"/content/item/{id}", culture: culture);

        Assert.Equal("Svensk", item["name"]!.GetValue<string>());
    }

    public void Dispose()
    {
        _api.Dispose();
        _delivery.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteDeliveryRoutingTests(SqliteContentHost host) : DeliveryRoutingTests(host), IClassFixture<SqliteContentHost>;

public sealed class PostgresDeliveryRoutingTests(PostgresContentHost host) : DeliveryRoutingTests(host), IClassFixture<PostgresContentHost>;
