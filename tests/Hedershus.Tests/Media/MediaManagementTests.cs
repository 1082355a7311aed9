using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hedershus.Tests.Infrastructure;

namespace Hedershus.Tests.Media;

public abstract class MediaManagementTests(HostFixture host) : IDisposable
{
    private readonly MediaApiClient _client = new(host);

    [Fact]
    public async Task Folders_nest_and_list_their_children_in_upload_order()
    {
        var root = await _client.CreateFolderAsync(UniqueName("Arkiv"));
        var rootId = root.GetProperty("id").GetGuid();
        var sub = await _client.CreateFolderAsync("Affischer", rootId);
        await _client.UploadAsync(MediaSamples.Png, "b.png", "image/png", ("parentId", rootId.ToString()));

        var children = await _client.GetJsonAsync($"{MediaApiClient.ManagementMedia}/{rootId}/children");

        Assert.Equal(2, children.GetProperty("total").GetInt64());
        var names = children.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()).ToList();
        Assert.Equal(["Affischer", "b.png"], names);
        Assert.Equal($"/{root.GetProperty("name").GetString()!.ToLowerInvariant()}/affischer/", sub.GetProperty("path").GetString());
    }

    [Fact]
    public async Task A_name_taken_by_a_sibling_gets_a_number()
    {
        var folder = (await _client.CreateFolderAsync(UniqueName("Dubbletter"))).GetProperty("id").GetGuid();

        var first = await _client.UploadAsync(MediaSamples.Png, "logo.png", "image/png", ("parentId", folder.ToString()));
        var second = await _client.UploadAsync(MediaSamples.Png, "LOGO.png", "image/png", ("parentId", folder.ToString()));

        Assert.Equal("logo.png", first.GetProperty("name").GetString());
        Assert.Equal("LOGO.png (1)", second.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Update_renames_moves_and_sets_alt_text_and_focal_point()
    {
        var target = (await _client.CreateFolderAsync(UniqueName("Mål"))).GetProperty("id").GetGuid();
        var image = await _client.UploadAsync(MediaSamples.Jpeg, "gammal.jpg", "image/jpeg");
        var id = image.GetProperty("id").GetGuid();
        host.Factory.Clock.Advance(TimeSpan.FromMinutes(5));

        using var response = await _client.Http.PutAsJsonAsync($"{MediaApiClient.ManagementMedia}/{id}", new
        {
            name = "Ny bild",
            parentId = target,
            altText = new Dictionary<string, string> { ["sv"] = "Två personer", ["ar"] = "شخصان" },
            focalPoint = new { left = 0.25, top = 0.75 },
        });
        var updated = await MediaApiClient.ReadAsync(response, HttpStatusCode.OK);

        Assert.Equal("Ny bild", updated.GetProperty("name").GetString());
        Assert.Equal(target, updated.GetProperty("parentId").GetGuid());
        Assert.Equal("شخصان", updated.GetProperty("altText").GetProperty("ar").GetString());
        Assert.Equal(0.25, updated.GetProperty("focalPoint").GetProperty("left").GetDouble());
        Assert.Equal(image.GetProperty("url").GetString(), updated.GetProperty("url").GetString());
        Assert.True(updated.GetProperty("updateDate").GetDateTime() > image.GetProperty("updateDate").GetDateTime());
        var reread = await _client.GetJsonAsync($"{MediaApiClient.ManagementMedia}/{id}");
        Assert.Equal("Två personer", reread.GetProperty("altText").GetProperty("sv").GetString());
    }

    [Fact]
    public async Task Bad_updates_are_400_naming_each_field()
    {
        var folder = await _client.CreateFolderAsync(UniqueName("Mapp"));
        var folderId = folder.GetProperty("id").GetGuid();
        var child = (await _client.CreateFolderAsync("Barn", folderId)).GetProperty("id").GetGuid();

        var errors = await PutErrorsAsync(folderId, new { name = "a/b", parentId = child, altText = new { xx = "?" }, focalPoint = new { left = 0.5, top = 0.5 } });
        Assert.Equal(["altText.xx", "focalPoint", "name", "parentId"], errors);

        var image = (await _client.UploadAsync(MediaSamples.Png, "fp.png", "image/png")).GetProperty("id").GetGuid();
        Assert.Equal(["focalPoint.left", "focalPoint.top"], await PutErrorsAsync(image, new { name = "fp", focalPoint = new { left = 1.5, top = -0.1 } }));
        Assert.Equal(["parentId"], await PutErrorsAsync(image, new { name = "fp", parentId = image }));
    }

    [Fact]
    public async Task A_folder_cannot_be_created_with_a_bad_name_or_inside_a_file()
    {
        var file = (await _client.UploadAsync(MediaSamples.Png, "inte-mapp.png", "image/png")).GetProperty("id").GetGuid();

        using var badName = await _client.Http.PostAsJsonAsync($"{MediaApiClient.ManagementMedia}/folders", new { name = ".." });
        using var inFile = await _client.Http.PostAsJsonAsync($"{MediaApiClient.ManagementMedia}/folders", new { name = "x", parentId = file });

        Assert.True((await MediaApiClient.ReadAsync(badName, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("name", out _));
        Assert.True((await MediaApiClient.ReadAsync(inFile, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("parentId", out _));
    }

    [Fact]
    public async Task Deleting_a_non_empty_folder_is_409_and_an_empty_one_goes()
    {
        var folder = (await _client.CreateFolderAsync(UniqueName("Full"))).GetProperty("id").GetGuid();
        var image = await _client.UploadAsync(MediaSamples.Png, "i.png", "image/png", ("parentId", folder.ToString()));
        var imageId = image.GetProperty("id").GetGuid();

        using var refused = await _client.Http.DeleteAsync($"{MediaApiClient.ManagementMedia}/{folder}");
        using var imageDeleted = await _client.Http.DeleteAsync($"{MediaApiClient.ManagementMedia}/{imageId}");
        using var folderDeleted = await _client.Http.DeleteAsync($"{MediaApiClient.ManagementMedia}/{folder}");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, imageDeleted.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, folderDeleted.StatusCode);
        Assert.False(Directory.Exists(Path.Combine(_client.MediaPath, imageId.ToString("N"))));
        await _client.GetJsonAsync($"{MediaApiClient.ManagementMedia}/{folder}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Unknown_ids_are_404()
    {
        var unknown = Guid.NewGuid();

        using var get = await _client.Http.GetAsync($"{MediaApiClient.ManagementMedia}/{unknown}");
        using var children = await _client.Http.GetAsync($"{MediaApiClient.ManagementMedia}/{unknown}/children");
        using var put = await _client.Http.PutAsJsonAsync($"{MediaApiClient.ManagementMedia}/{unknown}", new { name = "x" });
        using var delete = await _client.Http.DeleteAsync($"{MediaApiClient.ManagementMedia}/{unknown}");

        Assert.All(new[] { get, children, put, delete }, r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
    }

    public void Dispose()
    {
        _client.Dispose();
        GC.SuppressFinalize(this);
    }

    private async Task<List<string>> PutErrorsAsync(Guid id, object body)
    {
        using var response = await _client.Http.PutAsJsonAsync($"{MediaApiClient.ManagementMedia}/{id}", body);
        var problem = await MediaApiClient.ReadAsync(response, HttpStatusCode.BadRequest);
        return problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
    }

    private static string UniqueName(string prefix) => $"{prefix} {Guid.NewGuid().ToString("N")[..8]}";
}

public sealed class SqliteMediaManagementTests(SqliteMediaHost host) : MediaManagementTests(host), IClassFixture<SqliteMediaHost>;

public sealed class PostgresMediaManagementTests(PostgresMediaHost host) : MediaManagementTests(host), IClassFixture<PostgresMediaHost>;
