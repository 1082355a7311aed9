using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hedershus.Tests.Infrastructure;

namespace Hedershus.Tests.Media;

public abstract class DeliveryMediaTests(HostFixture host) : IDisposable
{
    private static readonly string[] ItemFields =
        ["id", "name", "mediaType", "url", "path", "extension", "width", "height", "bytes", "focalPoint", "crops", "properties", "createDate", "updateDate"];

    private readonly MediaApiClient _client = new(host);

    [Fact]
    public async Task An_image_has_exactly_the_umbraco_item_shape()
    {
        var (folderName, folderId) = await FolderAsync("Bilder");
        var image = await _client.UploadAsync(MediaSamples.Png, "karta.png", "image/png", ("parentId", folderId.ToString()), ("altText.sv", "Karta"));
        var id = image.GetProperty("id").GetGuid();
        await SetFocalPointAsync(id, "karta.png", 0.3, 0.6);

        var item = await _client.GetJsonAsync($"{MediaApiClient.DeliveryMedia}/item/{id}");

        Assert.Equal(ItemFields, item.EnumerateObject().Select(p => p.Name));
        Assert.Equal(id, item.GetProperty("id").GetGuid());
        Assert.Equal("Image", item.GetProperty("mediaType").GetString());
        Assert.Equal($"/media/{id:N}/karta.png", item.GetProperty("url").GetString());
        Assert.Equal($"/{folderName.ToLowerInvariant()}/karta.png/", item.GetProperty("path").GetString());
        Assert.Equal("png", item.GetProperty("extension").GetString());
        Assert.Equal(3, item.GetProperty("width").GetInt32());
        Assert.Equal(2, item.GetProperty("height").GetInt32());
        Assert.Equal(MediaSamples.Png.Length, item.GetProperty("bytes").GetInt64());
        Assert.Equal(0.3, item.GetProperty("focalPoint").GetProperty("left").GetDouble());
        Assert.Equal(0.6, item.GetProperty("focalPoint").GetProperty("top").GetDouble());
        Assert.Equal(0, item.GetProperty("crops").GetArrayLength());
        Assert.Equal("Karta", item.GetProperty("properties").GetProperty("altText").GetString());
        Assert.Equal(JsonValueKind.String, item.GetProperty("createDate").ValueKind);
    }

    [Fact]
    public async Task A_folder_has_no_file_fields_and_empty_properties()
    {
        var (_, folderId) = await FolderAsync("Tom");

        var item = await _client.GetJsonAsync($"{MediaApiClient.DeliveryMedia}/item/{folderId}");

        Assert.Equal(ItemFields, item.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Folder", item.GetProperty("mediaType").GetString());
        Assert.Equal("", item.GetProperty("url").GetString());
        Assert.Equal(JsonValueKind.Null, item.GetProperty("extension").ValueKind);
        Assert.Equal(JsonValueKind.Null, item.GetProperty("focalPoint").ValueKind);
        Assert.Empty(item.GetProperty("properties").EnumerateObject());
    }

    [Fact]
    public async Task Alt_text_follows_accept_language_and_falls_back_to_the_default_culture()
    {
        var id = (await _client.UploadAsync(MediaSamples.Png, "alt.png", "image/png", ("altText.sv", "Hus"), ("altText.en", "House")))
            .GetProperty("id").GetGuid();

        Assert.Equal("House", await AltTextAsync(id, "en-GB;q=0.4, en;q=0.9"));
        Assert.Equal("Hus", await AltTextAsync(id, "ar"));
        Assert.Equal("Hus", await AltTextAsync(id, null));
    }

    [Fact]
    public async Task Items_by_path_match_names_ignoring_case()
    {
        var (folderName, folderId) = await FolderAsync("Sökväg");
        var id = (await _client.UploadAsync(MediaSamples.Pdf, "Folder om stöd.pdf", "application/pdf", ("parentId", folderId.ToString())))
            .GetProperty("id").GetGuid();

        var byPath = await _client.GetJsonAsync($"{MediaApiClient.DeliveryMedia}/item/{Uri.EscapeDataString(folderName.ToUpperInvariant())}/{Uri.EscapeDataString("folder om stöd.pdf")}");
        using var unknown = await _client.Http.GetAsync($"{MediaApiClient.DeliveryMedia}/item/{Uri.EscapeDataString(folderName)}/saknas.pdf");
        var dots = await _client.RawGetStatusAsync($"{MediaApiClient.DeliveryMedia}/item/{Uri.EscapeDataString(folderName)}/../{Uri.EscapeDataString(folderName)}");
        var encodedSlash = await _client.RawGetStatusAsync($"{MediaApiClient.DeliveryMedia}/item/{Uri.EscapeDataString(folderName)}%2F{Uri.EscapeDataString("Folder om stöd.pdf")}");
        using var unknownId = await _client.Http.GetAsync($"{MediaApiClient.DeliveryMedia}/item/{Guid.NewGuid()}");

        Assert.Equal(id, byPath.GetProperty("id").GetGuid());
        Assert.Equal("File", byPath.GetProperty("mediaType").GetString());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(404, dots);
        Assert.Equal(404, encodedSlash);
        Assert.Equal(HttpStatusCode.NotFound, unknownId.StatusCode);
    }

    [Fact]
    public async Task Items_returns_a_plain_array_in_the_order_asked_skipping_unknown_ids()
    {
        var a = (await _client.UploadAsync(MediaSamples.Png, "a.png", "image/png")).GetProperty("id").GetGuid();
        var b = (await _client.UploadAsync(MediaSamples.Gif, "b.gif", "image/gif")).GetProperty("id").GetGuid();

        var items = await _client.GetJsonAsync($"{MediaApiClient.DeliveryMedia}/items?id={b}&id={Guid.NewGuid()}&id={a}");

        Assert.Equal(JsonValueKind.Array, items.ValueKind);
        Assert.Equal([b, a], items.EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
    }

    [Fact]
    public async Task Children_query_pages_filters_and_sorts()
    {
        var (folderName, folderId) = await FolderAsync("Fråga");
        var parent = ("parentId", folderId.ToString());
        await _client.UploadAsync(MediaSamples.Png, "Cykel.png", "image/png", parent);
        host.Factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await _client.UploadAsync(MediaSamples.Pdf, "Anmälan.pdf", "application/pdf", parent);
        host.Factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await _client.UploadAsync(MediaSamples.Jpeg, "Båt.jpg", "image/jpeg", parent);
        await _client.CreateFolderAsync("Undermapp", folderId);

        Assert.Equal(["Cykel.png", "Anmälan.pdf", "Båt.jpg", "Undermapp"], await NamesAsync($"children:{folderId}", ""));
        Assert.Equal(["Anmälan.pdf", "Båt.jpg", "Cykel.png", "Undermapp"], await NamesAsync($"children:/{Uri.EscapeDataString(folderName)}/", "&sort=name:asc"));
        Assert.Equal(["Båt.jpg", "Cykel.png"], await NamesAsync($"children:{folderId}", "&filter=mediaType:Image&sort=createDate:desc"));
        Assert.Equal(["Båt.jpg"], await NamesAsync($"children:{folderId}", "&filter=name:BÅT"));

        var page = await _client.GetJsonAsync($"{MediaApiClient.DeliveryMedia}?fetch=children:{folderId}&skip=1&take=2");
        Assert.Equal(4, page.GetProperty("total").GetInt64());
        Assert.Equal(["Anmälan.pdf", "Båt.jpg"], page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Children_of_the_root_include_root_folders_and_an_unknown_start_gives_nothing()
    {
        var (folderName, _) = await FolderAsync("Rot");

        var root = await _client.GetJsonAsync($"{MediaApiClient.DeliveryMedia}?fetch=children:/&take=1000");
        var unknown = await _client.GetJsonAsync($"{MediaApiClient.DeliveryMedia}?fetch=children:{Guid.NewGuid()}");

        Assert.Contains(root.GetProperty("items").EnumerateArray(), i => i.GetProperty("name").GetString() == folderName);
        Assert.Equal(0, unknown.GetProperty("total").GetInt64());
    }

    [Theory]
    [InlineData("", "fetch")]
    [InlineData("?fetch=ancestors:/", "fetch")]
    [InlineData("?fetch=descendants:/", "fetch")]
    [InlineData("?fetch=children:/&filter=contentType:image", "filter")]
    [InlineData("?fetch=children:/&filter=mediaType:", "filter")]
    [InlineData("?fetch=children:/&sort=level:asc", "sort")]
    [InlineData("?fetch=children:/&sort=name:sideways", "sort")]
    [InlineData("?fetch=children:/&skip=-1", "skip")]
    [InlineData("?fetch=children:/&take=-5", "take")]
    public async Task A_bad_query_is_400_problem_details_naming_the_parameter(string query, string parameter)
    {
        using var response = await _client.Http.GetAsync(MediaApiClient.DeliveryMedia + query);

        var problem = await MediaApiClient.ReadAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.ToString());
    }

    public void Dispose()
    {
        _client.Dispose();
        GC.SuppressFinalize(this);
    }

    private async Task<(string Name, Guid Id)> FolderAsync(string prefix)
    {
        var name = $"{prefix} {Guid.NewGuid().ToString("N")[..8]}";
        var folder = await _client.CreateFolderAsync(name);
        return (name, folder.GetProperty("id").GetGuid());
    }

    private async Task SetFocalPointAsync(Guid id, string name, double left, double top)
    {
        var current = await _client.GetJsonAsync($"{MediaApiClient.ManagementMedia}/{id}");
        var altText = current.GetProperty("altText").Deserialize<Dictionary<string, string>>();
        var parentId = current.GetProperty("parentId").GetGuid();
        using var response = await _client.Http.PutAsJsonAsync($"{MediaApiClient.ManagementMedia}/{id}", new { name, parentId, altText, focalPoint = new { left, top } });
        await MediaApiClient.ReadAsync(response, HttpStatusCode.OK);
    }

    private async Task<string?> AltTextAsync(Guid id, string? acceptLanguage)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{MediaApiClient.DeliveryMedia}/item/{id}");
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        using var response = await _client.Http.SendAsync(request);
        return (await MediaApiClient.ReadAsync(response, HttpStatusCode.OK)).GetProperty("properties").GetProperty("altText").GetString();
    }

    private async Task<List<string?>> NamesAsync(string fetch, string rest)
    {
        var page = await _client.GetJsonAsync($"{MediaApiClient.DeliveryMedia}?fetch={fetch}{rest}");
        return page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()).ToList();
    }
}

public sealed class SqliteDeliveryMediaTests(SqliteMediaHost host) : DeliveryMediaTests(host), IClassFixture<SqliteMediaHost>;

public sealed class PostgresDeliveryMediaTests(PostgresMediaHost host) : DeliveryMediaTests(host), IClassFixture<PostgresMediaHost>;
