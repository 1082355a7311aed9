namespace Hedershus.Tests.Site.Browser;

/// <summary>
/// SAFETY.md S6, S7, S9 and the accessibility bar: every page type in sv, en and ar loads nothing from another origin,
/// leaves no cookie or storage behind, and axe-core finds no WCAG 2.1 A/AA violation.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SiteCrawlBrowserTests(BrowserHost host)
{
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
        var methods = culture == "en" ? "/en/method-bank/" : prefix + "/metodbank/";
        return routes.Append(finder).Append(finder + "?kommun=Stockholm").Append(methods).Append(prefix + "/sok/").Append(prefix + "/finns-inte/");
    }

    /// <summary>Posts the header's search form, as a visitor does, and waits for the results page.</summary>
    private static async Task SearchAsync(BrowserPage session, string culture, string words)
    {
        await session.GoAsync(culture == "sv" ? "/" : "/" + culture + "/");
        await session.Page.Locator("#search-terms").FillAsync(words);
        await session.Page.Locator("form.search button").ClickAsync();
        await session.Page.WaitForSelectorAsync("p.search-count");
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
            failures.AddRange(await session.AxeAsync(host.AxeSource, path));
        }

        // Search results (with facets, hits in other languages and paging) are reached by posting, never by address.
        await SearchAsync(session, culture, "socialtjänsten");
        failures.AddRange(await session.AxeAsync(host.AxeSource, $"search results ({culture})"));

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
            await CountStorageAsync(session, path, storage);
        }

        foreach (var culture in new[] { "sv", "en", "ar" })
        {
            await SearchAsync(session, culture, "tvångsäktenskap");
            await CountStorageAsync(session, "search " + culture, storage);
        }

        Assert.Empty(session.CrossOrigin);
        Assert.Empty(storage);
        Assert.Empty(await session.Context.CookiesAsync());
    }

    private static async Task CountStorageAsync(BrowserPage session, string path, List<string> storage)
    {
        var used = await session.Page.EvaluateAsync<int>(
            "async () => localStorage.length + sessionStorage.length + (indexedDB.databases ? (await indexedDB.databases()).length : 0)");
        if (used != 0)
        {
            storage.Add(path);
        }
    }

    [Fact]
    public async Task A_search_posts_so_the_terms_never_reach_the_address_or_the_history()
    {
        await using var session = await host.NewPageAsync();
        await session.GoAsync("/");

        await session.Page.Locator("#search-terms").FillAsync("socialtjänsten");
        await session.Page.Locator("form.search button").ClickAsync();
        await session.Page.WaitForLoadStateAsync();

        Assert.Equal(host.BaseUrl + "/sok", session.Page.Url);
        Assert.DoesNotContain("social", await session.Page.EvaluateAsync<string>("location.href"), StringComparison.Ordinal);
        Assert.True(await session.Page.Locator("ol.hit-list li").CountAsync() > 0);
        Assert.Empty(await session.Context.CookiesAsync());

        // Paging and filters post too: the address stays /sok whatever the visitor does on the results page.
        await session.Page.Locator("nav.pages button").Last.ClickAsync();
        await session.Page.WaitForLoadStateAsync();
        Assert.Equal(host.BaseUrl + "/sok", session.Page.Url);
        var history = await session.Page.EvaluateAsync<string[]>("performance.getEntriesByType('navigation').map(e => e.name)");
        Assert.All(history, url => Assert.DoesNotContain("social", Uri.UnescapeDataString(url), StringComparison.Ordinal));
    }
}
