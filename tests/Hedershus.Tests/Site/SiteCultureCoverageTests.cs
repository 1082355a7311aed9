using System.Globalization;
using System.Net;
using Hedershus.Core.Common;
using Hedershus.Tests.Content;
using Hedershus.Web.Site;

namespace Hedershus.Tests.Site;

/// <summary>Every page the seed publishes, and every page of the site's own, renders in every site culture with its lang, dir and frame words.</summary>
public abstract class SiteCultureCoverageTests(SeedHost host) : IDisposable
{
    private readonly HttpClient _http = host.Factory.CreateClient(new() { AllowAutoRedirect = false });

    public static TheoryData<string> Cultures() => [.. HedershusOptions.DefaultCultures.Select(c => c.Code)];

    /// <summary>Cultures with only the front door translated, so other pages fall back to Swedish.</summary>
    public static TheoryData<string> CommunityCultures() => [.. HedershusOptions.DefaultCultures.Select(c => c.Code).Except(["sv", "en"])];

    [Theory]
    [MemberData(nameof(Cultures))]
    public async Task Every_published_page_and_every_site_page_renders_in_the_culture(string culture)
    {
        var definition = HedershusOptions.DefaultCultures.Single(c => c.Code == culture);
        var prefix = culture == "sv" ? "" : "/" + culture;
        var text = SiteTexts.For(culture);
        var published = SitePages.Snapshot(host.Factory).All
            .Where(c => c.ContentType != "memberPage") // shown only to the network's members (tests/Networks/MemberSiteTests)
            .Where(c => c.Cultures.TryGetValue(culture, out var v) && v.Route is not null).Select(c => c.Cultures[culture].Route!).ToList();
        var site = new[] { $"{prefix}/{text.FindHelpSegment}/?kommun=Botkyrka", $"{prefix}/{text.MethodBankSegment}/", $"{prefix}/sok/" };

        Assert.NotEmpty(published);
        foreach (var path in published.Concat(site))
        {
            var html = await PageAsync(path, HttpStatusCode.OK);
            Assert.Contains($"<html lang=\"{definition.LanguageTag ?? culture}\" dir=\"{(definition.RightToLeft ? "rtl" : "ltr")}\">", html, StringComparison.Ordinal);
            Assert.Contains($">{text.QuickExit}</a>", html, StringComparison.Ordinal);
            Assert.Contains($">{text.CrisisHeading}</h2>", html, StringComparison.Ordinal);
        }

        Assert.Contains($"<h1>{text.NotFoundTitle}</h1>", await PageAsync(prefix + "/finns-inte/", HttpStatusCode.NotFound), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(CommunityCultures))]
    public async Task A_page_not_translated_shows_the_swedish_text_with_a_notice_in_the_culture(string culture)
    {
        var html = await PageAsync(SitePages.Under(culture, SitePages.RouteMissingIn(host.Factory, "guidancePage", culture)), HttpStatusCode.OK);

        Assert.Contains(string.Format(CultureInfo.InvariantCulture, SiteTexts.For(culture).FallbackNotice, "Svenska"), html, StringComparison.Ordinal);
        Assert.Contains("<article lang=\"sv\"", html, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _http.Dispose();
        GC.SuppressFinalize(this);
    }

    private async Task<string> PageAsync(string path, HttpStatusCode expected)
    {
        using var response = await _http.GetAsync(path);
        Assert.True(expected == response.StatusCode, $"{path}: {response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }
}

public sealed class SqliteSiteCultureCoverageTests(SqliteSeedHost host) : SiteCultureCoverageTests(host), IClassFixture<SqliteSeedHost>;

public sealed class PostgresSiteCultureCoverageTests(PostgresSeedHost host) : SiteCultureCoverageTests(host), IClassFixture<PostgresSeedHost>;
