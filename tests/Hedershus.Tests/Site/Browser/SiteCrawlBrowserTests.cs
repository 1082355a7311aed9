namespace Hedershus.Tests.Site.Browser;

/// <summary>
/// SAFETY.md S6, S7, S9 and the accessibility bar: every page type in sv, en and ar loads nothing from another origin,
/// leaves no cookie or storage behind, and axe-core finds no WCAG 2.1 A/AA violation.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SiteCrawlBrowserTests(BrowserHost host)
{
    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    private IEnumerable<string> Pages(string culture)
    {
        var sv = SitePages.OnePerType(host.Factory, "sv").ToList();
        var routes = culture switch
        {
            "sv" => sv,
            "ar" => sv.Select(r => SitePages.Under("ar", r)).ToList(),
            _ => SitePages.OnePerType(host.Factory, culture).ToList(),
        };
        var prefix = culture == "sv" ? "" : "/" + culture;
        var finder = culture == "en" ? "/en/find-help/" : prefix + "/hitta-hjalp/";
        return routes.Append(finder).Append(finder + "?kommun=Stockholm").Append(prefix + "/finns-inte/");
    }

    [Theory]
    [InlineData("sv")]
    [InlineData("en")]
    [InlineData("ar")]
    public async Task Every_page_type_passes_axe_wcag21_aa(string culture)
    {
        await using var session = await host.NewPageAsync();
        var failures = new List<string>();
        foreach (var path in Pages(culture))
        {
            await session.GoAsync(path);
            await session.Page.EvaluateAsync(host.AxeSource);
            var violations = await session.Page.EvaluateAsync<AxeViolation[]>(
                @"async tags => (await axe.run(document, { runOnly: { type: 'tag', values: tags } })).violations.map(v => ({
                    id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map(n => n.target.join(' ')) }))",
                WcagTags);
            failures.AddRange(violations.Select(v => $"{path}: {v}"));
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task A_crawl_of_every_page_type_makes_no_cross_origin_request_and_leaves_no_cookie_or_storage()
    {
        await using var session = await host.NewPageAsync();
        var storage = new List<string>();
        foreach (var path in Pages("sv").Concat(Pages("en")).Concat(Pages("ar")))
        {
            await session.GoAsync(path);
            var used = await session.Page.EvaluateAsync<int>(
                "async () => localStorage.length + sessionStorage.length + (indexedDB.databases ? (await indexedDB.databases()).length : 0)");
            if (used != 0)
            {
                storage.Add(path);
            }
        }

        Assert.Empty(session.CrossOrigin);
        Assert.Empty(storage);
        Assert.Empty(await session.Context.CookiesAsync());
    }

    [Fact]
    public async Task A_search_posts_so_the_terms_never_reach_the_address_or_the_history()
    {
        await using var session = await host.NewPageAsync();
        await session.GoAsync("/");

        await session.Page.Locator("#search-terms").FillAsync("tvångsäktenskap");
        await session.Page.Locator("form.search button").ClickAsync();
        await session.Page.WaitForLoadStateAsync();

        Assert.Equal(host.BaseUrl + "/sok", session.Page.Url);
        Assert.DoesNotContain("tvångsäktenskap", await session.Page.ContentAsync(), StringComparison.Ordinal);
        Assert.Empty(await session.Context.CookiesAsync());
    }
}
