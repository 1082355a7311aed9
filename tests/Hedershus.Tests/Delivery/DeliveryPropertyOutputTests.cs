using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hedershus.Core.Data;
using Hedershus.Tests.Content;
using Hedershus.Tests.Infrastructure;
using Hedershus.Tests.Media;
using static Hedershus.Tests.Infrastructure.ManagementClient;

namespace Hedershus.Tests.Delivery;

/// <summary>Property values in content items as the property editors convert them: media pickers, block lists, links.</summary>
public abstract class DeliveryPropertyOutputTests(ContentHost host) : IDisposable
{
    private readonly ManagementClient _api = new(host.Factory);
    private readonly DeliveryClient _delivery = new(host.Factory);
    private readonly MediaApiClient _media = new(host);
    private ContentStory Story => new(_api);

    [Fact]
    public async Task A_media_picker_outputs_the_full_media_item_with_alt_text_in_the_served_culture()
    {
        var image = await UploadAsync("karta.png", ("altText.sv", "Karta"), ("altText.en", "Map"));
        var root = await Story.RootAsync();
        var page = await Story.PageAsync(root, Names("Bildsida", "Picture page"), new { image = new[] { image } });

        var sv = await ImageAsync(page, "sv");
        var en = await ImageAsync(page, "en");
        var kmr = await ImageAsync(page, "kmr");

        Assert.Equal(image, sv["id"]!.GetValue<Guid>());
        Assert.Equal($"/media/{image:N}/karta.png", sv["url"]!.GetValue<string>());
        Assert.Equal(3, sv["width"]!.GetValue<int>());
        Assert.Equal(2, sv["height"]!.GetValue<int>());
        Assert.Equal("Karta", sv["properties"]!["altText"]!.GetValue<string>());
        Assert.Equal("Map", en["properties"]!["altText"]!.GetValue<string>());
        Assert.Equal("Map", kmr["properties"]!["altText"]!.GetValue<string>()); // kmr falls back to en in this host
        var fromMediaEndpoint = await _delivery.ItemAsync($"/media/item/{image}", culture: "en");
        Assert.True(JsonNode.DeepEquals(fromMediaEndpoint, en), $"{fromMediaEndpoint.ToJsonString()}\n{en.ToJsonString()}");
    }

    [Fact]
    public async Task Media_changes_show_in_content_output_at_once_and_deleted_pickers_drop_out()
    {
        var image = await UploadAsync("andras.png", ("altText.sv", "Före"));
        var root = await Story.RootAsync();
        var page = await Story.PageAsync(root, "Ändras", new { image = new[] { image.ToString(), Guid.NewGuid().ToString() } });
        Assert.Equal("Före", (await ImageAsync(page, "sv"))["properties"]!["altText"]!.GetValue<string>());

        using var update = await _media.Http.PutAsJsonAsync(
            $"{MediaApiClient.ManagementMedia}/{image}", new { name = "andras.png", parentId = (Guid?)null, altText = new { sv = "Efter" } });
        await MediaApiClient.ReadAsync(update, HttpStatusCode.OK);

        var item = await _delivery.ItemAsync($"/content/item/{page}", culture: "sv");
        var images = item["properties"]!["image"]!.AsArray();
        Assert.Equal([image], images.Select(i => i!["id"]!.GetValue<Guid>()));
        Assert.Equal("Efter", images[0]!["properties"]!["altText"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_block_list_outputs_items_of_content_and_settings_and_expands_pickers_inside_blocks_when_asked()
    {
        var image = await UploadAsync("block.png", ("altText.sv", "Blockbild"));
        var root = await Story.RootAsync();
        var target = await Story.PageAsync(root, Names("Mål", "Target"), new { code = "M1" });
        var blockKey = Guid.NewGuid();
        var block = new { contentType = "testBlock", key = blockKey, properties = new { text = "Hej", picker = target, image = new[] { image } } };
        var page = await Story.PageAsync(root, Names("Block", "Block"), new { blocks = new[] { block } });

        var plain = await _delivery.ItemAsync($"/content/item/{page}", culture: "en");
        var expanded = await _delivery.ItemAsync($"/content/item/{page}?expand=properties[blocks[properties[picker]]]");
        var blocksOnly = await _delivery.ItemAsync($"/content/item/{page}?expand=properties[blocks]");

        var items = plain["properties"]!["blocks"]!.AsObject();
        Assert.Equal(["items"], items.Select(p => p.Key));
        var first = items["items"]!.AsArray().Single()!.AsObject();
        Assert.Equal(["content", "settings"], first.Select(p => p.Key));
        Assert.Null(first["settings"]);
        var content = first["content"]!.AsObject();
        Assert.Equal(["contentType", "id", "properties"], content.Select(p => p.Key));
        Assert.Equal("testBlock", content["contentType"]!.GetValue<string>());
        Assert.Equal(blockKey, content["id"]!.GetValue<Guid>());
        Assert.Equal("Hej", content["properties"]!["text"]!.GetValue<string>());
        Assert.Equal(target, content["properties"]!["picker"]!["id"]!.GetValue<Guid>());
        Assert.Empty(content["properties"]!["picker"]!["properties"]!.AsObject());
        Assert.Equal("Blockbild", content["properties"]!["image"]![0]!["properties"]!["altText"]!.GetValue<string>()); // en → default culture
        Assert.Equal("M1", BlockPicker(expanded)["properties"]!["code"]!.GetValue<string>());
        Assert.Empty(BlockPicker(blocksOnly)["properties"]!.AsObject());
    }

    [Fact]
    public async Task Links_output_content_routes_and_external_urls_and_a_link_to_an_unpublished_page_drops_out()
    {
        var root = await Story.RootAsync();
        var target = await Story.PageAsync(root, Names("Länkmål", "Link target"));
        var links = new object[]
        {
            new { title = "", contentKey = target },
            new { title = "Extern", url = "https://example.org/stod", target = "_blank" },
        };
        var page = await Story.PageAsync(root, Names("Länkar", "Links"), new { links });
        var rootItem = await _delivery.ItemAsync($"/content/item/{root}", culture: "en");

        var before = (await _delivery.ItemAsync($"/content/item/{page}", culture: "en"))["properties"]!["links"]!.AsArray();
        await Story.UnpublishAsync(target, "sv", "en");
        var after = (await _delivery.ItemAsync($"/content/item/{page}", culture: "en"))["properties"]!["links"]!.AsArray();

        var content = before[0]!.AsObject();
        Assert.Equal("Content", content["linkType"]!.GetValue<string>());
        Assert.Equal("Link target", content["title"]!.GetValue<string>());
        Assert.Equal(target, content["destinationId"]!.GetValue<Guid>());
        Assert.Equal("testPage", content["destinationType"]!.GetValue<string>());
        Assert.Null(content["url"]);
        Assert.Equal(["path", "startItem"], content["route"]!.AsObject().Select(p => p.Key));
        Assert.Equal("/en/link-target/", content["route"]!["path"]!.GetValue<string>());
        Assert.Equal(root, content["route"]!["startItem"]!["id"]!.GetValue<Guid>());
        Assert.Equal(rootItem["route"]!["startItem"]!["path"]!.GetValue<string>(), content["route"]!["startItem"]!["path"]!.GetValue<string>());
        var external = before[1]!.AsObject();
        Assert.Equal("External", external["linkType"]!.GetValue<string>());
        Assert.Equal("https://example.org/stod", external["url"]!.GetValue<string>());
        Assert.Equal("_blank", external["target"]!.GetValue<string>());
        Assert.Null(external["route"]);
        Assert.Equal(["External"], after.Select(l => l!["linkType"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Media_used_by_a_page_cannot_be_deleted_until_the_page_is_deleted()
    {
        var image = await UploadAsync("anvand.png");
        var root = await Story.RootAsync();
        var page = await Story.PageAsync(root, "Använder bilden", new { image = new[] { image } });

        using var refused = await _media.Http.DeleteAsync($"{MediaApiClient.ManagementMedia}/{image}");
        var problem = await ExpectProblemAsync(refused, HttpStatusCode.Conflict);
        var usedBy = problem["usedBy"]!.AsArray().Single()!;
        Assert.Equal(page, usedBy["id"]!.GetValue<Guid>());
        Assert.Equal("Använder bilden", usedBy["name"]!.GetValue<string>());
        Assert.Contains($"{image:N}", string.Join('|', _media.StoredFiles()), StringComparison.Ordinal);
        await _media.GetJsonAsync($"{MediaApiClient.ManagementMedia}/{image}");

        await ExpectAsync(await _api.Http.DeleteAsync($"{Base}/documents/{page}"), HttpStatusCode.NoContent);
        using var deleted = await _media.Http.DeleteAsync($"{MediaApiClient.ManagementMedia}/{image}");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.DoesNotContain($"{image:N}", string.Join('|', _media.StoredFiles()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await _delivery.GetAsync($"/media/item/{image}")).StatusCode);
    }

    [Fact]
    public async Task A_draft_or_a_published_version_using_media_keeps_it_until_neither_does()
    {
        var image = await UploadAsync("utkast.png");
        var rich = await UploadAsync("text.png");
        var root = await Story.RootAsync();
        var page = await Story.PageAsync(root, "Utkast", new { image = new[] { image } }, publish: false);
        var article = await Story.PageAsync(root, "Artikel");
        await Story.SaveAsync(article, "sv", "Artikel", properties: new { title = "Artikel", body = $"<p><a href=\"/media/{rich:N}/text.png\">Bild</a></p>" });

        Assert.Equal(HttpStatusCode.Conflict, await DeleteMediaAsync(image)); // only a draft uses it
        Assert.Equal(HttpStatusCode.Conflict, await DeleteMediaAsync(rich)); // a rich-text link in a draft

        await Story.PublishAsync(page, "sv");
        await ExpectAsync(await _api.Http.PutAsJsonAsync($"{Base}/documents/{page}", new { revision = await RevisionAsync(page), properties = new { image = Array.Empty<Guid>() } }), HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.Conflict, await DeleteMediaAsync(image)); // the published version still uses it

        await Story.PublishAsync(page, "sv");
        Assert.Equal(HttpStatusCode.NoContent, await DeleteMediaAsync(image));
    }

    public void Dispose()
    {
        _api.Dispose();
        _delivery.Dispose();
        _media.Dispose();
        GC.SuppressFinalize(this);
    }

    private static Dictionary<string, string> Names(string sv, string en) => new() { ["sv"] = sv, ["en"] = en };

    private static JsonNode BlockPicker(JsonObject item) =>
        item["properties"]!["blocks"]!["items"]![0]!["content"]!["properties"]!["picker"]!;

    private async Task<Guid> UploadAsync(string fileName, params (string Name, string Value)[] fields) =>
        (await _media.UploadAsync(MediaSamples.Png, fileName, "image/png", fields)).GetProperty("id").GetGuid();

    private async Task<JsonObject> ImageAsync(Guid page, string culture) =>
        (await _delivery.ItemAsync($"/content/item/{page}", culture: culture))["properties"]!["image"]!.AsArray()[0]!.AsObject();

    private async Task<HttpStatusCode> DeleteMediaAsync(Guid id)
    {
        using var response = await _media.Http.DeleteAsync($"{MediaApiClient.ManagementMedia}/{id}");
        return response.StatusCode;
    }

    private async Task<int> RevisionAsync(Guid id) => (await _api.GetAsync(id))["revision"]!.GetValue<int>();
}

/// <summary>The content test host, with kmr falling back to en so a fallback differs from the default culture.</summary>
public abstract class PropertyOutputHost(DatabaseProvider provider) : ContentHost(provider)
{
    protected override void Configure(HedershusFactory factory)
    {
        base.Configure(factory);
        factory.Settings["Hedershus:CultureFallbacks:kmr"] = "en";
    }
}

public sealed class SqlitePropertyOutputHost() : PropertyOutputHost(DatabaseProvider.Sqlite);

public sealed class PostgresPropertyOutputHost() : PropertyOutputHost(DatabaseProvider.Postgres);

public sealed class SqliteDeliveryPropertyOutputTests(SqlitePropertyOutputHost host) : DeliveryPropertyOutputTests(host), IClassFixture<SqlitePropertyOutputHost>;

public sealed class PostgresDeliveryPropertyOutputTests(PostgresPropertyOutputHost host) : DeliveryPropertyOutputTests(host), IClassFixture<PostgresPropertyOutputHost>;
