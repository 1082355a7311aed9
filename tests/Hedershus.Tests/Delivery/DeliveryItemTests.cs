using System.Net;
using System.Text.Json.Nodes;
using Hedershus.Tests.Content;
using Hedershus.Tests.Infrastructure;
using static Hedershus.Tests.Delivery.ContentStory;
using static Hedershus.Tests.Infrastructure.ManagementClient;

namespace Hedershus.Tests.Delivery;

public abstract class DeliveryItemTests(ContentHost host) : IDisposable
{
    private readonly ManagementClient _api = new(host.Factory);
    private readonly DeliveryClient _delivery = new(host.Factory);
    private ContentStory Story => new(_api);

    [Fact]
    public async Task An_item_has_exactly_the_fields_of_umbraco_in_their_order()
    {
        var root = await Story.RootAsync();
        var id = await Story.PageAsync(root, new Dictionary<string, string> { ["sv"] = "Tvångsäktenskap", ["en"] = "Forced marriage" });
        await Story.SaveAsync(id, "sv", "Tvångsäktenskap", properties: new { title = "T", body = "<p>Hjälp</p>" });
        await Story.PublishAsync(id, "sv");

        var item = await _delivery.ItemAsync($"/content/item/{id}");

        Assert.Equal(["contentType", "name", "createDate", "updateDate", "route", "id", "properties", "cultures"], item.Select(p => p.Key));
        Assert.Equal("testPage", item["contentType"]!.GetValue<string>());
        Assert.Equal("Tvångsäktenskap", item["name"]!.GetValue<string>());
        Assert.Equal(id, item["id"]!.GetValue<Guid>());
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,7})?$", item["createDate"]!.GetValue<string>());
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,7})?$", item["updateDate"]!.GetValue<string>());
        var rootSegment = (await _delivery.ItemAsync($"/content/item/{root}"))["route"]!["startItem"]!["path"]!.GetValue<string>();
        var route = item["route"]!.AsObject();
        Assert.Equal(["path", "queryString", "startItem"], route.Select(p => p.Key));
        Assert.Equal("/tvangsaktenskap/", route["path"]!.GetValue<string>());
        Assert.Null(route["queryString"]);
        Assert.Equal(root, route["startItem"]!["id"]!.GetValue<Guid>());
        Assert.StartsWith("rot-", rootSegment, StringComparison.Ordinal);
        Assert.Equal(rootSegment, route["startItem"]!["path"]!.GetValue<string>());
        Assert.Equal("<p>Hjälp</p>", item["properties"]!["body"]!["markup"]!.GetValue<string>());
        Assert.Empty(item["properties"]!["body"]!["blocks"]!.AsArray());
        Assert.Null(item["properties"]!["code"]);
        var cultures = item["cultures"]!.AsObject();
        Assert.Equal(["sv", "en"], cultures.Select(c => c.Key));
        Assert.Equal(["path", "startItem"], cultures["en"]!.AsObject().Select(p => p.Key));
        Assert.Equal("/en/forced-marriage/", cultures["en"]!["path"]!.GetValue<string>());
        Assert.StartsWith("en-root-", cultures["en"]!["startItem"]!["path"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dates_are_written_without_an_offset_as_umbraco_does()
    {
        var root = await Story.RootAsync();
        var id = await Story.PageAsync(root, "Datum");
        var created = host.Factory.Clock.GetUtcNow().UtcDateTime;

        var item = await _delivery.ItemAsync($"/content/item/{id}");

        var createDate = item["createDate"]!.GetValue<string>();
        Assert.DoesNotContain("Z", createDate, StringComparison.Ordinal);
        Assert.DoesNotContain("+", createDate, StringComparison.Ordinal);
        Assert.Equal(created, DateTime.Parse(createDate, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Items_answers_a_plain_array_of_the_known_ids_in_the_order_asked()
    {
        var root = await Story.RootAsync();
        var a = await Story.PageAsync(root, "A-sida");
        var b = await Story.PageAsync(root, "B-sida");
        var draft = await Story.PageAsync(root, "Utkast", publish: false);

        var response = await _delivery.GetAsync($"/content/items?id={b}&id={Guid.NewGuid()}&id={a}&id={draft}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var items = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();
        Assert.Equal([b, a], items.Select(i => i!["id"]!.GetValue<Guid>()));
    }

    [Fact]
    public async Task Items_with_a_malformed_id_answer_400()
    {
        await ExpectProblemAsync(await _delivery.GetAsync("/content/items?id=not-a-key"), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Publishing_makes_an_item_readable_at_once_and_unpublishing_removes_it()
    {
        var root = await Story.RootAsync();
        var id = await Story.PageAsync(root, "Nyhet", publish: false);
        Assert.Equal(HttpStatusCode.NotFound, (await _delivery.GetAsync($"/content/item/{id}")).StatusCode);
        Assert.Empty(await _delivery.NamesAsync("fetch=children:/", startItem: root));

        await Story.PublishAsync(id, "sv");
        Assert.Equal("Nyhet", (await _delivery.ItemAsync("/content/item/nyhet", startItem: root))["name"]!.GetValue<string>());
        Assert.Equal(["Nyhet"], await _delivery.NamesAsync("fetch=children:/", startItem: root));

        await Story.UnpublishAsync(id, "sv");
        Assert.Equal(HttpStatusCode.NotFound, (await _delivery.GetAsync("/content/item/nyhet", startItem: root)).StatusCode);
        Assert.Empty(await _delivery.NamesAsync("fetch=children:/", startItem: root));
    }

    [Fact]
    public async Task Invariant_content_is_served_in_every_culture_with_no_cultures_of_its_own()
    {
        var root = await Story.RootAsync();
        var id = await Story.PageAsync(root, new Dictionary<string, string> { ["sv"] = "Telefon" }, new { phone = "020-123" }, contentType: "testInvariant");

        var en = await _delivery.ItemAsync($"/content/item/{id}", culture: "en");

        Assert.Equal("020-123", en["properties"]!["phone"]!.GetValue<string>());
        Assert.Equal("/en/telefon/", RoutePath(en));
        Assert.Empty(en["cultures"]!.AsObject());
    }

    [Fact]
    public async Task Pickers_give_shallow_items_unless_expanded_and_fields_limit_the_output()
    {
        var root = await Story.RootAsync();
        var target = await Story.PageAsync(root, "Mål", new { code = "M1" });
        var page = await Story.PageAsync(root, "Källa", new { related = target.ToString(), code = "K1" });

        var shallow = (await _delivery.ItemAsync($"/content/item/{page}"))["properties"]!["related"]!.AsObject();
        var expanded = (await _delivery.ItemAsync($"/content/item/{page}?expand=properties[related]"))["properties"]!["related"]!.AsObject();
        var limited = await _delivery.ItemAsync($"/content/item/{page}?expand=properties[$all]&fields=properties[code,related[properties[title]]]");

        Assert.Equal(["contentType", "name", "createDate", "updateDate", "route", "id", "properties"], shallow.Select(p => p.Key));
        Assert.Equal(target, shallow["id"]!.GetValue<Guid>());
        Assert.Empty(shallow["properties"]!.AsObject());
        Assert.Equal("M1", expanded["properties"]!["code"]!.GetValue<string>());
        Assert.Null(expanded["properties"]!["related"]);
        Assert.Equal(["code", "related"], limited["properties"]!.AsObject().Select(p => p.Key));
        Assert.Equal(["title"], limited["properties"]!["related"]!["properties"]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public async Task A_picker_to_an_unpublished_page_gives_null()
    {
        var root = await Story.RootAsync();
        var draft = await Story.PageAsync(root, "Opublicerad", publish: false);
        var page = await Story.PageAsync(root, "Pekare", new { related = draft.ToString() });

        var item = await _delivery.ItemAsync($"/content/item/{page}?expand=properties[$all]");

        Assert.True(item["properties"]!.AsObject().ContainsKey("related"));
        Assert.Null(item["properties"]!["related"]);
    }

    [Theory]
    [InlineData("expand=properties[related", "expand")]
    [InlineData("expand=related", "expand")]
    [InlineData("fields=properties[a,,b]", "fields")]
    [InlineData("fields=properties[a]]", "fields")]
    public async Task Malformed_expand_or_fields_answer_400_naming_the_parameter(string query, string parameter)
    {
        var root = await Story.RootAsync();

        await ExpectProblemAsync(await _delivery.GetAsync($"/content/item/{root}?{query}"), HttpStatusCode.BadRequest, parameter);
    }

    public void Dispose()
    {
        _api.Dispose();
        _delivery.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteDeliveryItemTests(SqliteContentHost host) : DeliveryItemTests(host), IClassFixture<SqliteContentHost>;

public sealed class PostgresDeliveryItemTests(PostgresContentHost host) : DeliveryItemTests(host), IClassFixture<PostgresContentHost>;
