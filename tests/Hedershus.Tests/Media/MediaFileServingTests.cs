using System.Net;
using Hedershus.Tests.Infrastructure;

namespace Hedershus.Tests.Media;

public abstract class MediaFileServingTests(HostFixture host) : IDisposable
{
    private readonly MediaApiClient _client = new(host);

    [Theory]
    [InlineData("image/png")]
    [InlineData("image/jpeg")]
    [InlineData("application/pdf")]
    public async Task A_stored_file_is_served_byte_for_byte_with_safe_headers(string contentType)
    {
        var (bytes, fileName) = contentType switch
        {
            "image/png" => (MediaSamples.Png, "bild.png"),
            "image/jpeg" => (MediaSamples.Jpeg, "foto.jpeg"),
            _ => (MediaSamples.Pdf, "broschyr.pdf"),
        };
        var url = (await _client.UploadAsync(bytes, fileName, contentType)).GetProperty("url").GetString();
        using var anonymous = host.Factory.CreateClient();

        using var response = await anonymous.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(bytes, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("inline", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.True(response.Headers.CacheControl?.MaxAge >= TimeSpan.FromDays(30));
        Assert.NotNull(response.Headers.ETag);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task A_request_with_the_current_etag_is_answered_304()
    {
        var url = (await _client.UploadAsync(MediaSamples.Gif, "etag.gif", "image/gif")).GetProperty("url").GetString();
        using var first = await _client.Http.GetAsync(url);

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await _client.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Theory]
    [InlineData("/media/00000000000000000000000000000000/nothing.png")]
    [InlineData("/media/not-a-key/bild.png")]
    [InlineData("/media/../Hedershus.sqlite.db")]
    [InlineData("/media/../../etc/passwd")]
    [InlineData("/media/%2e%2e/Hedershus.sqlite.db")]
    [InlineData("/media/..%2F..%2FHedershus.sqlite.db/x.png")]
    [InlineData("/media/.staging/x.tmp")]
    [InlineData("/media/a%2Fb/c.png")]
    [InlineData("/media/only-one-segment")]
    public async Task Unknown_and_crafted_paths_are_404(string rawPath) =>
        Assert.Equal(404, await _client.RawGetStatusAsync(rawPath));

    [Fact]
    public async Task Traversal_out_of_a_real_media_folder_is_404()
    {
        var url = (await _client.UploadAsync(MediaSamples.Png, "trav.png", "image/png")).GetProperty("url").GetString()!;
        var folder = url.Split('/')[2];
        Assert.Equal(200, await _client.RawGetStatusAsync(url));

        Assert.Equal(404, await _client.RawGetStatusAsync($"/media/{folder}/../../Hedershus.sqlite.db"));
        Assert.Equal(404, await _client.RawGetStatusAsync($"/media/{folder}/..%2F..%2FHedershus.sqlite.db"));
        Assert.Equal(404, await _client.RawGetStatusAsync($"/media/{folder}%2Ftrav.png/x.png"));
        Assert.Equal(404, await _client.RawGetStatusAsync($"/media/{folder.ToUpperInvariant()}/trav.png"));
    }

    [Fact]
    public async Task A_png_next_to_the_media_folder_cannot_be_reached()
    {
        var decoy = Path.Combine(host.Factory.Database.DataPath, "decoy.png");
        await File.WriteAllBytesAsync(decoy, MediaSamples.Png);

        Assert.Equal(404, await _client.RawGetStatusAsync("/media/../decoy.png"));
        Assert.Equal(404, await _client.RawGetStatusAsync("/media/%2E%2E/decoy.png"));
        Assert.Equal(404, await _client.RawGetStatusAsync("/media/x/..%2F..%2Fdecoy.png"));
    }

    [Fact]
    public async Task A_deleted_item_is_no_longer_served()
    {
        var item = await _client.UploadAsync(MediaSamples.Png, "borta.png", "image/png");
        var url = item.GetProperty("url").GetString();

        using var delete = await _client.Http.DeleteAsync($"{MediaApiClient.ManagementMedia}/{item.GetProperty("id").GetGuid()}");
        using var response = await _client.Http.GetAsync(url);

        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    public void Dispose()
    {
        _client.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteMediaFileServingTests(SqliteMediaHost host) : MediaFileServingTests(host), IClassFixture<SqliteMediaHost>;

public sealed class PostgresMediaFileServingTests(PostgresMediaHost host) : MediaFileServingTests(host), IClassFixture<PostgresMediaHost>;
