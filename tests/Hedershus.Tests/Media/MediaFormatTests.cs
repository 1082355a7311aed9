using Hedershus.Core.Common;
using Hedershus.Core.Media;

namespace Hedershus.Tests.Media;

/// <summary>The pure rules of the media library: magic bytes, names, file names and query parsing.</summary>
public sealed class MediaFormatTests
{
    [Fact]
    public void Magic_bytes_identify_each_accepted_format()
    {
        Assert.Same(MediaFormat.Png, MediaFormat.Detect(MediaSamples.Png));
        Assert.Same(MediaFormat.Jpeg, MediaFormat.Detect(MediaSamples.Jpeg));
        Assert.Same(MediaFormat.Gif, MediaFormat.Detect(MediaSamples.Gif));
        Assert.Same(MediaFormat.Webp, MediaFormat.Detect(MediaSamples.WebpLossy));
        Assert.Same(MediaFormat.Webp, MediaFormat.Detect(MediaSamples.WebpLossless));
        Assert.Same(MediaFormat.Pdf, MediaFormat.Detect(MediaSamples.Pdf));
    }

    [Fact]
    public void Text_svg_truncated_and_prefixed_files_are_not_recognised()
    {
        Assert.Null(MediaFormat.Detect(MediaSamples.Text));
        Assert.Null(MediaFormat.Detect(MediaSamples.Svg));
        Assert.Null(MediaFormat.Detect(MediaSamples.Png.AsSpan(0, 4)));
        Assert.Null(MediaFormat.Detect([]));
        Assert.Null(MediaFormat.Detect([.. "junk"u8, .. MediaSamples.Pdf]));
        Assert.Null(MediaFormat.Detect("RIFF\0\0\0\0WAVEfmt "u8));
    }

    [Theory]
    [InlineData("image/jpg", "image/jpeg")]
    [InlineData("IMAGE/PNG; charset=binary", "image/png")]
    [InlineData("application/x-pdf", "application/pdf")]
    public void Content_type_aliases_are_normalised(string claimed, string expected) =>
        Assert.Equal(expected, MediaFormat.NormalizeContentType(claimed));

    [Theory]
    [InlineData("Karta över Södermalm.PNG", "png", "karta-over-sodermalm.png")]
    [InlineData("C:\\Users\\anna\\Skrivbord\\bild (2).jpg", "jpg", "bild-2.jpg")]
    [InlineData("../../etc/passwd.pdf", "pdf", "passwd.pdf")]
    [InlineData("شخصان.png", "png", "file.png")]
    [InlineData("", "gif", "file.gif")]
    public void Stored_file_names_are_safe_ascii(string original, string extension, string expected) =>
        Assert.Equal(expected, MediaNames.ToFileName(original, extension));

    [Theory]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("..")]
    [InlineData(" ")]
    [InlineData("tab\there")]
    public void Names_that_would_break_media_paths_are_refused(string name) =>
        Assert.NotNull(MediaNames.Problem(name));

    [Fact]
    public void Names_taken_by_siblings_get_the_next_free_number() =>
        Assert.Equal("Logo (2)", MediaNames.Unique("Logo", ["logo", "Logo (1)", "Annat"]));

    [Fact]
    public void A_query_reports_every_bad_parameter_at_once()
    {
        var error = Assert.Throws<InputValidationException>(() => MediaQuery.Parse("ancestors:/", ["name"], ["level:asc"]));

        Assert.Equal(["fetch", "filter", "sort"], error.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Later_sorts_break_ties_of_earlier_ones_and_comma_separated_filter_values_are_alternatives()
    {
        var noon = new DateTime(2026, 3, 2, 12, 0, 0, DateTimeKind.Utc);
        var items = new[]
        {
            new MediaItem { Id = 1, Name = "b", MediaType = MediaType.Image, CreateDate = noon },
            new MediaItem { Id = 2, Name = "a", MediaType = MediaType.File, CreateDate = noon },
            new MediaItem { Id = 3, Name = "c", MediaType = MediaType.Folder, CreateDate = noon.AddHours(-1) },
        };

        var byDateThenName = MediaQuery.Parse("children:/", null, ["createDate:asc", "name:asc"]);
        var filesAndImages = MediaQuery.Parse("children:/", ["mediaType:File,Image"], ["name:desc"]);

        Assert.Equal([3, 2, 1], byDateThenName.Apply(items).Select(i => i.Id));
        Assert.Equal([1, 2], filesAndImages.Apply(items).Select(i => i.Id));
    }
}
