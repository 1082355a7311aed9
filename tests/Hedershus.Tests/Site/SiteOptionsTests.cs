using Hedershus.Web.Site;

namespace Hedershus.Tests.Site;

/// <summary>SAFETY.md S3: the quick exit's destination is configurable, harmless by default, never a search engine or social network.</summary>
public sealed class SiteOptionsTests
{
    [Fact]
    public void The_default_neutral_destination_is_a_weather_forecast()
    {
        var options = new SiteOptions();

        Assert.Equal("https://www.smhi.se/", options.NeutralUrl);
        Assert.True(SiteOptions.IsAcceptableNeutralUrl(options.NeutralUrl));
    }

    [Theory]
    [InlineData("https://www.google.com/")]
    [InlineData("https://google.se/search?q=väder")]
    [InlineData("https://www.bing.com/")]
    [InlineData("https://duckduckgo.com/")]
    [InlineData("https://m.facebook.com/")]
    [InlineData("https://www.instagram.com/")]
    [InlineData("https://www.tiktok.com/")]
    [InlineData("https://x.com/")]
    [InlineData("https://www.youtube.com/")]
    [InlineData("http://www.smhi.se/")]
    [InlineData("/local-page")]
    [InlineData("javascript:alert(1)")]
    [InlineData("")]
    public void Search_engines_social_networks_and_non_https_addresses_are_refused(string url) =>
        Assert.False(SiteOptions.IsAcceptableNeutralUrl(url));

    [Theory]
    [InlineData("https://www.yr.no/")]
    [InlineData("https://www.klart.se/")]
    public void Another_weather_page_is_accepted(string url) => Assert.True(SiteOptions.IsAcceptableNeutralUrl(url));
}
