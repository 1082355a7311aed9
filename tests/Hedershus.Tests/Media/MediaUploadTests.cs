using System.Net;
using System.Text.Json;
using Hedershus.Core.Common;
using Hedershus.Core.Media;
using Hedershus.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Hedershus.Tests.Media;

public abstract class MediaUploadTests(HostFixture host) : IDisposable
{
    private readonly MediaApiClient _client = new(host);

    public static TheoryData<string, string, string, int, int> Images => new()
    {
        { nameof(MediaSamples.Png), "karta.png", "image/png", 3, 2 },
        { nameof(MediaSamples.Jpeg), "foto.jpg", "image/jpeg", 4, 3 },
        { nameof(MediaSamples.Gif), "ikon.gif", "image/gif", 5, 2 },
        { nameof(MediaSamples.WebpLossy), "bild.webp", "image/webp", 6, 5 },
        { nameof(MediaSamples.WebpLossless), "skiss.webp", "image/webp", 7, 3 },
    };

    [Theory]
    [MemberData(nameof(Images))]
    public async Task Uploading_an_image_stores_its_type_size_and_dimensions(string sample, string fileName, string contentType, int width, int height)
    {
        var bytes = Sample(sample);
        var item = await _client.UploadAsync(bytes, fileName, contentType);

        Assert.Equal("Image", item.GetProperty("mediaType").GetString());
        Assert.Equal(fileName, item.GetProperty("name").GetString());
        Assert.Equal(contentType, item.GetProperty("contentType").GetString());
        Assert.Equal(bytes.Length, item.GetProperty("bytes").GetInt64());
        Assert.Equal(width, item.GetProperty("width").GetInt32());
        Assert.Equal(height, item.GetProperty("height").GetInt32());
        var id = item.GetProperty("id").GetGuid();
        Assert.Equal($"/media/{id:N}/{fileName}", item.GetProperty("url").GetString());
    }

    [Fact]
    public async Task Uploading_a_pdf_makes_a_file_without_dimensions()
    {
        var item = await _client.UploadAsync(MediaSamples.Pdf, "Handbok för skolor.pdf", "application/pdf");

        Assert.Equal("File", item.GetProperty("mediaType").GetString());
        Assert.Equal("pdf", item.GetProperty("extension").GetString());
        Assert.Equal(JsonValueKind.Null, item.GetProperty("width").ValueKind);
        Assert.Equal("handbok-for-skolor.pdf", item.GetProperty("fileName").GetString());
    }

    [Fact]
    public async Task Upload_takes_name_folder_and_alt_text_from_the_form()
    {
        var folder = await _client.CreateFolderAsync("Bilder " + Guid.NewGuid().ToString("N")[..6]);
        var folderId = folder.GetProperty("id").GetGuid();

        var item = await _client.UploadAsync(MediaSamples.Png, "x.png", "image/png",
            ("name", "Karta över Södermalm"), ("parentId", folderId.ToString()), ("altText.sv", "Karta"), ("altText.en", "Map"));

        Assert.Equal("Karta över Södermalm", item.GetProperty("name").GetString());
        Assert.Equal(folderId, item.GetProperty("parentId").GetGuid());
        Assert.Equal("Karta", item.GetProperty("altText").GetProperty("sv").GetString());
        Assert.Equal("Map", item.GetProperty("altText").GetProperty("en").GetString());
    }

    [Theory]
    [InlineData(nameof(MediaSamples.Png), "bild.pdf", "application/pdf", "PNG")]
    [InlineData(nameof(MediaSamples.Png), "bild.png", "application/pdf", "PNG")]
    [InlineData(nameof(MediaSamples.Png), "bild.pdf", "image/png", ".pdf")]
    [InlineData(nameof(MediaSamples.Text), "bild.jpg", "image/jpeg", "not a PNG, JPEG")]
    [InlineData(nameof(MediaSamples.Jpeg), "bild.jpg", "image/png", "JPEG")]
    [InlineData(nameof(MediaSamples.BrokenPng), "bild.png", "image/png", "cannot be read")]
    [InlineData(nameof(MediaSamples.Svg), "logo.svg", "image/svg+xml", "script")]
    [InlineData(nameof(MediaSamples.Svg), "logo.png", "image/png", "script")]
    public async Task A_file_whose_bytes_do_not_match_what_it_claims_is_refused(string sample, string fileName, string contentType, string expectedInMessage)
    {
        var before = _client.StoredFiles();
        using var response = await _client.PostUploadAsync(Sample(sample), fileName, contentType);

        var problem = await MediaApiClient.ReadAsync(response, HttpStatusCode.BadRequest);
        var messages = problem.GetProperty("errors").GetProperty("file").EnumerateArray().Select(m => m.GetString()).ToList();
        Assert.Contains(messages, m => m!.Contains(expectedInMessage, StringComparison.Ordinal));
        Assert.Equal(before, _client.StoredFiles());
    }

    [Fact]
    public async Task An_upload_without_a_file_field_is_refused_naming_file()
    {
        using var form = new MultipartFormDataContent { { new StringContent("Namn"), "name" } };
        using var response = await _client.Http.PostAsync(MediaApiClient.ManagementMedia, form);

        var problem = await MediaApiClient.ReadAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("file", out _));
    }

    [Fact]
    public async Task Bad_form_fields_are_refused_naming_each_field()
    {
        using var response = await _client.PostUploadAsync(MediaSamples.Png, "a.png", "image/png",
            ("parentId", "not-a-guid"), ("altText.xx", "?"), ("colour", "red"));

        var errors = (await MediaApiClient.ReadAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("parentId", out _));
        Assert.True(errors.TryGetProperty("colour", out _));
    }

    [Fact]
    public async Task A_good_file_refused_for_its_fields_leaves_no_staged_file_behind()
    {
        var filesBefore = _client.StoredFiles();

        using var response = await _client.PostUploadAsync(MediaSamples.Png, "vilse.png", "image/png", ("parentId", Guid.NewGuid().ToString()));

        var errors = (await MediaApiClient.ReadAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("parentId", out _));
        Assert.Equal(filesBefore, _client.StoredFiles());
    }

    [Fact]
    public async Task An_upload_over_the_limit_is_413_and_leaves_no_file_and_no_row()
    {
        var rootBefore = await RootCountAsync();
        var filesBefore = _client.StoredFiles();
        var oversize = new byte[MediaHost.MaxUploadBytes + 1];
        MediaSamples.Png.CopyTo(oversize, 0);

        using var response = await _client.PostUploadAsync(oversize, "stor.png", "image/png");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(rootBefore, await RootCountAsync());
        Assert.Equal(filesBefore, _client.StoredFiles());
    }

    [Fact]
    public async Task The_size_limit_stops_reading_the_stream_early()
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var media = scope.ServiceProvider.GetRequiredService<MediaService>();
        await using var endless = new EndlessStream();

        await Assert.ThrowsAsync<PayloadTooLargeException>(() => media.StageAsync(endless, "x.png", "image/png", CancellationToken.None));

        Assert.InRange(endless.BytesRead, MediaHost.MaxUploadBytes + 1, MediaHost.MaxUploadBytes + (128 * 1024));
    }

    [Fact]
    public async Task Management_calls_without_a_key_are_401()
    {
        using var anonymous = host.Factory.CreateClient();
        using var form = MediaApiClient.Form(MediaSamples.Png, "a.png", "image/png");

        using var upload = await anonymous.PostAsync(MediaApiClient.ManagementMedia, form);
        using var list = await anonymous.GetAsync($"{MediaApiClient.ManagementMedia}/root/children");

        Assert.Equal(HttpStatusCode.Unauthorized, upload.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, list.StatusCode);
    }

    public void Dispose()
    {
        _client.Dispose();
        GC.SuppressFinalize(this);
    }

    private async Task<long> RootCountAsync() =>
        (await _client.GetJsonAsync($"{MediaApiClient.ManagementMedia}/root/children?take=0")).GetProperty("total").GetInt64();

    private static byte[] Sample(string name) =>
        (byte[])typeof(MediaSamples).GetField(name)!.GetValue(null)!;

    /// <summary>A stream that never ends and counts what is read from it.</summary>
    private sealed class EndlessStream : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill(0x42);
            BytesRead += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

public sealed class SqliteMediaUploadTests(SqliteMediaHost host) : MediaUploadTests(host), IClassFixture<SqliteMediaHost>;

public sealed class PostgresMediaUploadTests(PostgresMediaHost host) : MediaUploadTests(host), IClassFixture<PostgresMediaHost>;
