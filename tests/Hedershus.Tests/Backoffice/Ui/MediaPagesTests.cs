using System.Net;
using Hedershus.Core.Identity;
using Hedershus.Tests.Infrastructure;
using Hedershus.Tests.Media;

namespace Hedershus.Tests.Backoffice.Ui;

/// <summary>The media section's pages: upload with alt text, folders, where-used, and the refusals editors must understand.</summary>
public abstract class MediaPagesTests(HostFixture host)
{
    private Task<BackofficeSession> EditorAsync() => BackofficeSession.SignInAsync(host.Factory, BackofficeRoles.Editors);

    [Fact]
    public async Task An_image_is_uploaded_with_alt_text_per_culture_into_a_new_folder()
    {
        using var session = await EditorAsync();
        var (folderCreated, _) = await session.PostAsync("/umbraco/media/folders", ("folderName", "Bilder " + Guid.NewGuid().ToString("N")[..6]), ("parentId", ""));
        var folder = folderCreated.Headers.Location!.OriginalString.Split("folder=")[1].Split('&')[0];

        var (uploaded, _) = await session.UploadAsync("/umbraco/media/upload", MediaSamples.Png, "karta.png", "image/png",
            ("parentId", folder), ("altText.sv", "Karta över Stockholms län"), ("altText.en", "Map of Stockholm county"));
        var (_, item) = await session.GetAsync(uploaded.Headers.Location!.OriginalString);
        var (_, listing) = await session.GetAsync($"/umbraco/media?folder={folder}");

        BackofficeSession.AssertRedirect(uploaded, "/umbraco/media/");
        Assert.Equal("Karta över Stockholms län", item.QuerySelector("img.bo-media-preview")!.GetAttribute("alt"));
        Assert.Equal("Map of Stockholm county", item.QuerySelector("#alt-en")!.GetAttribute("value"));
        Assert.Contains(listing.QuerySelectorAll(".bo-media-grid a"), a => a.TextContent == "karta.png");
    }

    [Fact]
    public async Task An_image_without_alt_text_in_swedish_is_refused_next_to_the_field()
    {
        using var session = await EditorAsync();

        var (response, page) = await session.UploadAsync("/umbraco/media/upload", MediaSamples.Png, "utan-text.png", "image/png", ("altText.en", "Only English"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("true", page.QuerySelector("#alt-sv")!.GetAttribute("aria-invalid"));
        Assert.NotNull(page.QuerySelector("#alt-sv-error li"));
        Assert.Equal("Only English", page.QuerySelector("#alt-en")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_pdf_needs_no_alt_text()
    {
        using var session = await EditorAsync();

        var (response, _) = await session.UploadAsync("/umbraco/media/upload", MediaSamples.Pdf, "broschyr.pdf", "application/pdf");

        BackofficeSession.AssertRedirect(response, "/umbraco/media/");
    }

    [Fact]
    public async Task A_disguised_file_is_refused_with_a_clear_message()
    {
        using var session = await EditorAsync();

        var (response, page) = await session.UploadAsync("/umbraco/media/upload", MediaSamples.Text, "bild.png", "image/png", ("altText.sv", "Bild"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty(page.QuerySelector("#upload-file-error")!.TextContent.Trim());
        Assert.Equal("Filen laddades inte upp.", page.QuerySelector(".bo-notice-error p")!.TextContent);
    }

    [Fact]
    public async Task An_oversize_file_is_refused_with_a_clear_message()
    {
        using var session = await EditorAsync();
        var big = new byte[MediaHost.MaxUploadBytes + 10];
        MediaSamples.Pdf.CopyTo(big, 0);

        var (response, page) = await session.UploadAsync("/umbraco/media/upload", big, "stor.pdf", "application/pdf");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.StartsWith("Filen är för stor.", page.QuerySelector("#upload-file-error li")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Media_in_use_shows_where_and_cannot_be_deleted()
    {
        using var session = await EditorAsync();
        var story = new BackofficeContentStory(session);
        var (uploaded, _) = await session.UploadAsync("/umbraco/media/upload", MediaSamples.Png, "anvand.png", "image/png", ("altText.sv", "Använd bild"));
        var media = uploaded.Headers.Location!.OriginalString.Split('/')[3].Split('?')[0];
        var (_, guidance) = await story.CreatePublishedGuidanceAsync("Med bild", "Ingress.");
        await story.SaveAsync(guidance, "sv", ("cultures.sv.properties.image", media));

        var (_, item) = await session.GetAsync($"/umbraco/media/{media}");
        var (refused, page) = await session.PostAsync($"/umbraco/media/{media}/delete");
        var (_, still) = await session.GetAsync($"/umbraco/media/{media}");

        Assert.NotNull(item.QuerySelector($"#used-heading ~ ul a[href='/umbraco/content/{guidance}']"));
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("Med bild", page.QuerySelector(".bo-notice-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("anvand.png", still.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Unused_media_is_deleted_and_alt_text_can_be_changed()
    {
        using var session = await EditorAsync();
        var (uploaded, _) = await session.UploadAsync("/umbraco/media/upload", MediaSamples.Gif, "liten.gif", "image/gif", ("altText.sv", "Liten bild"));
        var (_, item) = await session.GetAsync(uploaded.Headers.Location!.OriginalString);

        var (saved, _) = await session.SubmitAsync(item, "form[action$='/save']", ("altText.ar", "صورة صغيرة"));
        var (_, after) = await session.GetAsync(saved.Headers.Location!.OriginalString);
        var (deleted, _) = await session.SubmitAsync(after, "form[action$='/delete']");

        Assert.Equal("صورة صغيرة", after.QuerySelector("#alt-ar")!.GetAttribute("value"));
        Assert.Equal("rtl", after.QuerySelector("#alt-ar")!.GetAttribute("dir"));
        BackofficeSession.AssertRedirect(deleted, "/umbraco/media");
    }
}

public sealed class SqliteMediaPagesTests(SqliteMediaHost host) : MediaPagesTests(host), IClassFixture<SqliteMediaHost>;

public sealed class PostgresMediaPagesTests(PostgresMediaHost host) : MediaPagesTests(host), IClassFixture<PostgresMediaHost>;
