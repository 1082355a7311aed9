using System.Net;
using Hedershus.Tests.Content;
using Hedershus.Tests.Infrastructure;
using static Hedershus.Tests.Infrastructure.ManagementClient;

namespace Hedershus.Tests.Delivery;

public abstract class DeliveryHeaderTests(ContentHost host) : IDisposable
{
    private const string Key = HedershusFactory.DeliveryApiKey;
    private readonly ManagementClient _api = new(host.Factory);
    private readonly DeliveryClient _delivery = new(host.Factory);
    private ContentStory Story => new(_api);

    [Fact]
    public async Task Every_answer_varies_by_culture_preview_and_start_item()
    {
        var root = await Story.RootAsync();
        var answers = new[]
        {
            await _delivery.GetAsync($"/content/item/{root}"),
            await _delivery.GetAsync("/content?fetch=children:/", startItem: root),
            await _delivery.GetAsync($"/content/item/{Guid.NewGuid()}"),
            await _delivery.GetAsync("/content?take=0"),
            await _delivery.GetAsync($"/content/item/{root}", preview: true),
        };

        foreach (var answer in answers)
        {
            Assert.Equal(["Accept-Language", "Preview", "Start-Item", "Authorization"], answer.Headers.Vary);
        }
    }

    [Fact]
    public async Task An_unchanged_item_answers_304_to_its_etag_and_a_new_one_after_it_changes()
    {
        var root = await Story.RootAsync();
        var id = await Story.PageAsync(root, "Etikett");
        var first = await _delivery.GetAsync($"/content/item/{id}");
        var etag = first.Headers.ETag?.Tag;
        Assert.False(string.IsNullOrEmpty(etag));

        var again = await _delivery.GetAsync($"/content/item/{id}", ifNoneMatch: etag);
        await Story.PageAsync(root, "Något annat");
        var afterUnrelatedPublish = await _delivery.GetAsync($"/content/item/{id}", ifNoneMatch: etag);
        await Story.SaveAsync(id, "sv", "Etikett ändrad");
        await Story.PublishAsync(id, "sv");
        var afterChange = await _delivery.GetAsync($"/content/item/{id}", ifNoneMatch: etag);

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, afterUnrelatedPublish.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterChange.StatusCode);
        Assert.NotEqual(etag, afterChange.Headers.ETag?.Tag);
        Assert.Equal("Etikett ändrad", (await ExpectAsync(afterChange, HttpStatusCode.OK))["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_same_path_in_another_culture_has_another_etag()
    {
        var root = await Story.RootAsync();
        var id = await Story.PageAsync(root, new Dictionary<string, string> { ["sv"] = "Hej", ["en"] = "Hello" });

        var sv = await _delivery.GetAsync($"/content/item/{id}", culture: "sv");
        var en = await _delivery.GetAsync($"/content/item/{id}", culture: "en", ifNoneMatch: sv.Headers.ETag?.Tag);

        Assert.Equal(HttpStatusCode.OK, en.StatusCode);
        Assert.Equal("Hello", (await ExpectAsync(en, HttpStatusCode.OK))["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Public_answers_may_be_cached_briefly_and_preview_answers_not_at_all()
    {
        var root = await Story.RootAsync();

        var published = await _delivery.GetAsync($"/content/item/{root}");
        var preview = await _delivery.GetAsync($"/content/item/{root}", preview: true, apiKey: Key);

        Assert.True(published.Headers.CacheControl?.Public);
        Assert.InRange(published.Headers.CacheControl?.MaxAge ?? TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(5));
        Assert.True(preview.Headers.CacheControl?.NoStore);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    public async Task Preview_without_the_right_api_key_answers_401(string? apiKey)
    {
        var root = await Story.RootAsync();

        await ExpectProblemAsync(await _delivery.GetAsync($"/content/item/{root}", preview: true, apiKey: apiKey), HttpStatusCode.Unauthorized);
        await ExpectProblemAsync(await _delivery.GetAsync("/content", preview: true, apiKey: apiKey), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Preview_reads_drafts_and_reaches_never_published_items_by_their_preview_path()
    {
        var root = await Story.RootAsync();
        var published = await Story.PageAsync(root, "Publicerad");
        await Story.SaveAsync(published, "sv", "Publicerad", properties: new { title = "Ändrad men inte publicerad" });
        var draft = await Story.PageAsync(root, "Aldrig publicerad", publish: false);

        var live = await _delivery.ItemAsync($"/content/item/{published}");
        var previewed = await ExpectAsync(await _delivery.GetAsync($"/content/item/{published}", preview: true, apiKey: Key), HttpStatusCode.OK);
        var neverPublished = await ExpectAsync(await _delivery.GetAsync($"/content/item/preview-{draft}", preview: true, apiKey: Key), HttpStatusCode.OK);
        var draftQuery = await ExpectAsync(await _delivery.GetAsync("/content?fetch=children:/", startItem: root, preview: true, apiKey: Key), HttpStatusCode.OK);

        Assert.Equal("Publicerad", live["properties"]!["title"]!.GetValue<string>());
        Assert.Equal("Ändrad men inte publicerad", previewed["properties"]!["title"]!.GetValue<string>());
        Assert.Equal("Aldrig publicerad", neverPublished["name"]!.GetValue<string>());
        Assert.Equal(draft, neverPublished["id"]!.GetValue<Guid>());
        Assert.Equal(["Publicerad", "Aldrig publicerad"], DeliveryClient.Names(draftQuery));
    }

    [Fact]
    public async Task Without_preview_a_preview_path_finds_nothing()
    {
        var root = await Story.RootAsync();
        var draft = await Story.PageAsync(root, "Hemlig", publish: false);

        await ExpectProblemAsync(await _delivery.GetAsync($"/content/item/preview-{draft}", startItem: root), HttpStatusCode.NotFound);
        await ExpectProblemAsync(await _delivery.GetAsync($"/content/item/{draft}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_publish_is_never_hidden_by_a_cached_answer()
    {
        var root = await Story.RootAsync();
        var id = await Story.PageAsync(root, "Version ett");
        Assert.Equal(["Version ett"], await _delivery.NamesAsync("fetch=children:/", root));
        Assert.Equal("Version ett", (await _delivery.ItemAsync($"/content/item/{id}"))["name"]!.GetValue<string>());

        await Story.SaveAsync(id, "sv", "Version två");
        await Story.PublishAsync(id, "sv");

        Assert.Equal(["Version två"], await _delivery.NamesAsync("fetch=children:/", root));
        Assert.Equal("Version två", (await _delivery.ItemAsync($"/content/item/{id}"))["name"]!.GetValue<string>());
    }

    public void Dispose()
    {
        _api.Dispose();
        _delivery.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteDeliveryHeaderTests(SqliteContentHost host) : DeliveryHeaderTests(host), IClassFixture<SqliteContentHost>;

public sealed class PostgresDeliveryHeaderTests(PostgresContentHost host) : DeliveryHeaderTests(host), IClassFixture<PostgresContentHost>;
