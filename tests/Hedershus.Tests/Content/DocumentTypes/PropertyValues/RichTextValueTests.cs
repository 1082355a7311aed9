using Hedershus.Core.Content.DocumentTypes;
using static Hedershus.Tests.Content.DocumentTypes.PropertyValues.PropertyValueTesting;

namespace Hedershus.Tests.Content.DocumentTypes.PropertyValues;

public sealed class RichTextValueTests
{
    private static readonly PropertyType RichText = Property(PropertyEditor.RichText);

    private static string Stored(string html) => Accepted(RichText, System.Text.Json.JsonSerializer.Serialize(html)).GetString()!;

    [Fact]
    public void Ordinary_formatting_in_Swedish_is_kept()
    {
        const string html = "<h2>Vad är hedersförtryck?</h2><p>Det är <strong>kontroll</strong> av <em>unga</em>.</p><ul><li>Skola</li></ul>";
        Assert.Equal(html, Stored(html));
    }

    [Fact]
    public void Script_is_removed_with_its_content()
    {
        var stored = Stored("<p>Hej</p><script>alert('x')</script>");
        Assert.Equal("<p>Hej</p>", stored);
    }

    [Fact]
    public void Style_iframe_and_images_are_removed()
    {
        var stored = Stored("<style>p{color:red}</style><p>Text</p><iframe src=\"https://example.com\"></iframe><img src=\"https://tracker.example/x.gif\">");
        Assert.Equal("<p>Text</p>", stored);
    }

    [Fact]
    public void Event_attributes_styles_and_classes_are_removed()
    {
        Assert.Equal("<p>Text</p>", Stored("<p onclick=\"steal()\" style=\"color:red\" class=\"x\">Text</p>"));
    }

    [Fact]
    public void Javascript_links_lose_their_href()
    {
        var stored = Stored("<p><a href=\"javascript:alert(1)\">Klicka</a></p>");
        Assert.DoesNotContain("javascript", stored, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Klicka", stored, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<a href=\"javascript&#58;alert(1)\">x</a>")]
    [InlineData("<a href=\" javascript:alert(1)\">x</a>")]
    [InlineData("<a href=\"data:text/html;base64,PHNjcmlwdD4=\">x</a>")]
    [InlineData("<svg onload=\"alert(1)\"><circle/></svg>x")]
    [InlineData("<div><script>alert(1)</script>x</div>")]
    [InlineData("<p><span onmouseover=\"alert(1)\">x</span></p>")]
    [InlineData("<scr<script>ipt>alert(1)</script>x")]
    [InlineData("<math><mi xlink:href=\"javascript:alert(1)\">y</mi></math>x")]
    [InlineData("<form action=\"https://evil.example/\"><input name=\"pnr\"></form>x")]
    public void Tricks_leave_nothing_that_runs(string html)
    {
        var stored = Stored(html);
        Assert.DoesNotContain("<script", stored, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript", stored, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:", stored, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(@"\son\w+\s*=", stored);
        Assert.DoesNotContain("<form", stored, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("x", stored, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_get_rel_noreferrer_and_keep_safe_schemes()
    {
        var stored = Stored("<p><a href=\"https://kvinnofridslinjen.se/\" target=\"_blank\">Kvinnofridslinjen</a> <a href=\"tel:020505050\">Ring</a> <a href=\"mailto:info@example.se\">Mejla</a> <a href=\"/surfa-sakrare/\">Surfa säkrare</a></p>");
        Assert.Contains("<a href=\"https://kvinnofridslinjen.se/\" target=\"_blank\" rel=\"noreferrer\">", stored, StringComparison.Ordinal);
        Assert.Contains("<a href=\"tel:020505050\" rel=\"noreferrer\">", stored, StringComparison.Ordinal);
        Assert.Contains("<a href=\"mailto:info@example.se\" rel=\"noreferrer\">", stored, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/surfa-sakrare/\" rel=\"noreferrer\">", stored, StringComparison.Ordinal);
    }

    [Fact]
    public void A_target_other_than_blank_is_removed()
    {
        Assert.Equal("<p><a href=\"https://nck.uu.se/\" rel=\"noreferrer\">NCK</a></p>", Stored("<p><a href=\"https://nck.uu.se/\" target=\"_top\">NCK</a></p>"));
    }

    [Fact]
    public void Headings_outside_h2_to_h4_keep_their_text()
    {
        Assert.Equal("Rubrik<h3>Underrubrik</h3>", Stored("<h1>Rubrik</h1><h3>Underrubrik</h3>"));
    }

    [Fact]
    public void The_delivery_shape_is_accepted_back()
    {
        Assert.Equal("<p>Hej</p>", Accepted(RichText, """{ "markup": "<p>Hej</p>", "blocks": [] }""").GetString());
    }

    [Fact]
    public void Max_length_counts_visible_text_not_markup()
    {
        var shortText = Property(PropertyEditor.RichText, new() { MaxLength = 5 });
        Assert.Equal("<p><strong>Hallå</strong></p>", Accepted(shortText, "\"<p><strong>Hallå</strong></p>\"").GetString());
        Assert.Contains("at most 5", Rejected(shortText, "\"<p>Hallå där</p>\""), StringComparison.Ordinal);
    }

    [Fact]
    public void A_number_is_rejected()
    {
        Assert.Contains("Expected rich text", Rejected(RichText, "42"), StringComparison.Ordinal);
    }

    [Fact]
    public void Markup_without_text_counts_as_empty()
    {
        Assert.True(Validator.IsEmpty(RichText, Json("\"<p> &nbsp; </p><p><br></p>\"")));
        Assert.True(Validator.IsEmpty(RichText, Json("\"\"")));
        Assert.False(Validator.IsEmpty(RichText, Json("\"<p>Ring 112</p>\"")));
    }

    [Fact]
    public void Delivery_outputs_markup_and_blocks()
    {
        Assert.Equal("""{"markup":"<p>Hej då</p>","blocks":[]}""", Compact(Deliver(RichText, Json("\"<p>Hej då</p>\""))));
    }
}
