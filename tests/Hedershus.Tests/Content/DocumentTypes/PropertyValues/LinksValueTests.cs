using Hedershus.Core.Content.DocumentTypes;
using static Hedershus.Tests.Content.DocumentTypes.PropertyValues.PropertyValueTesting;

namespace Hedershus.Tests.Content.DocumentTypes.PropertyValues;

public sealed class LinksValueTests
{
    private static readonly Guid Page = Guid.Parse("5de65f2e-055e-4e6a-adc3-edb340dcd2e8");
    private static readonly PropertyType Links = Property(PropertyEditor.Links, new() { MaxItems = 3 });

    [Theory]
    [InlineData("https://kvinnofridslinjen.se/")]
    [InlineData("http://www.hedersfortryck.se/om-oss")]
    [InlineData("mailto:kontakt@example.se")]
    [InlineData("tel:020505050")]
    [InlineData("/surfa-sakrare/")]
    [InlineData("#stod")]
    public void Safe_urls_are_accepted(string url)
    {
        var stored = Accepted(Links, $$"""[ { "title": " Läs mer ", "url": "{{url}}" } ]""");
        Assert.Equal(url, stored[0].GetProperty("url").GetString());
        Assert.Equal("Läs mer", stored[0].GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JavaScript:alert(1)")]
    [InlineData("java\\nscript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("//evil.example/")]
    [InlineData("/\\\\evil.example/")]
    [InlineData("ftp://files.example/")]
    [InlineData("sida.html")]
    public void Unsafe_or_unclear_urls_are_rejected(string url)
    {
        var message = Rejected(Links, $$"""[ { "title": "Klicka", "url": "{{url}}" } ]""", Field + "[0].url");
        Assert.Contains("https://", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_content_link_stores_the_key()
    {
        var stored = Accepted(Links, $$"""[ { "title": "Tvångsäktenskap", "contentKey": "{{Page.ToString().ToUpperInvariant()}}", "target": "_blank" } ]""");
        Assert.Equal(Page.ToString(), stored[0].GetProperty("contentKey").GetString());
        Assert.Equal("_blank", stored[0].GetProperty("target").GetString());
    }

    [Fact]
    public void A_link_needs_exactly_one_of_url_and_content_key()
    {
        Rejected(Links, $$"""[ { "title": "Båda", "url": "https://nck.uu.se/", "contentKey": "{{Page}}" } ]""", Field + "[0]");
        Rejected(Links, """[ { "title": "Ingen" } ]""", Field + "[0]");
    }

    [Fact]
    public void Only_blank_is_a_target()
    {
        Rejected(Links, """[ { "url": "https://nck.uu.se/", "target": "_top" } ]""", Field + "[0].target");
    }

    [Fact]
    public void Unknown_members_and_too_many_links_are_rejected()
    {
        Rejected(Links, """[ { "url": "https://nck.uu.se/", "onclick": "x()" } ]""", Field + "[0]");
        Assert.Contains("at most 3", Rejected(Links, """[ { "url": "/a" }, { "url": "/b" }, { "url": "/c" }, { "url": "/d" } ]"""), StringComparison.Ordinal);
    }

    [Fact]
    public void Delivery_outputs_external_and_content_links_in_Umbraco_shape()
    {
        var resolver = new TestPickerResolver();
        resolver.Documents[Page] = ("guidancePage", "Tvångsäktenskap", "/vagledning/tvangsaktenskap/");
        var stored = Accepted(Links, $$"""
            [ { "title": "Kvinnofridslinjen", "url": "https://kvinnofridslinjen.se/", "target": "_blank" },
              { "contentKey": "{{Page}}" },
              { "title": "Borttagen sida", "contentKey": "{{Guid.NewGuid()}}" } ]
            """);

        var output = Compact(Deliver(Links, stored, resolver));

        Assert.Equal(
            "[" +
            """{"url":"https://kvinnofridslinjen.se/","queryString":null,"title":"Kvinnofridslinjen","target":"_blank","destinationId":null,"destinationType":null,"route":null,"linkType":"External"},""" +
            $$$"""{"url":null,"queryString":null,"title":"Tvångsäktenskap","target":null,"destinationId":"{{{Page}}}","destinationType":"guidancePage","route":{"path":"/vagledning/tvangsaktenskap/","startItem":{"id":"d88fefc3-da04-493d-9533-294a7264b27f","path":"hem"}},"linkType":"Content"}""" +
            "]",
            output);
    }

    [Fact]
    public void An_empty_list_counts_as_empty()
    {
        Assert.True(Validator.IsEmpty(Links, Accepted(Links, "[]")));
        Assert.False(Validator.IsEmpty(Links, Json("""[ { "url": "/a" } ]""")));
    }
}
