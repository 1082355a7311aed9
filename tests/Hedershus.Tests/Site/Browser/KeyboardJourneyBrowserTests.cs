namespace Hedershus.Tests.Site.Browser;

/// <summary>The main journeys with the keyboard only: Tab to a control, Enter to follow it, no mouse and no script needed.</summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyboardJourneyBrowserTests(BrowserHost host)
{
    private const int MaxTabs = 80;

    [Fact]
    public async Task Find_help_in_my_municipality_with_the_keyboard()
    {
        await using var session = await host.NewPageAsync();
        await session.GoAsync("/");

        await TabToAsync(session, "a", "Hitta hjälp");
        await session.Page.Keyboard.PressAsync("Enter");
        await session.Page.WaitForURLAsync(host.BaseUrl + "/hitta-hjalp/");
        await TabToAsync(session, "select", null, "kommun");
        await session.Page.Keyboard.TypeAsync("Stockholm");
        await TabToAsync(session, "button", "Visa hjälp");
        await session.Page.Keyboard.PressAsync("Enter");
        await session.Page.WaitForURLAsync("**/hitta-hjalp/?kommun=Stockholm&behov=");

        Assert.Equal("Hjälp i kommunen: Stockholm", await session.Page.Locator("#local-heading").InnerTextAsync());
        Assert.Contains("Kvinnofridslinjen", await session.Page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_a_guidance_page_through_an_entrance_with_the_keyboard()
    {
        await using var session = await host.NewPageAsync();
        await session.GoAsync("/");
        var entrance = await session.Page.Locator("nav.entrances a").First.InnerTextAsync();

        // Waiting for the new address, not for a load state: the page being left is loaded already.
        await TabToAsync(session, "a", entrance);
        await session.Page.Keyboard.PressAsync("Enter");
        await session.Page.WaitForURLAsync(url => url != host.BaseUrl + "/");
        var room = session.Page.Url;
        var child = await session.Page.Locator("section.children a").First.InnerTextAsync();
        await TabToAsync(session, "a", child, inside: "section.children");
        await session.Page.Keyboard.PressAsync("Enter");
        await session.Page.WaitForURLAsync(url => url != room);

        Assert.NotEqual(room, session.Page.Url);
        Assert.StartsWith(room, session.Page.Url, StringComparison.Ordinal);
        Assert.Equal(child, await session.Page.Locator("main h1").InnerTextAsync());
    }

    [Fact]
    public async Task Search_and_open_a_hit_with_the_keyboard()
    {
        await using var session = await host.NewPageAsync();
        await session.GoAsync("/");

        await TabToAsync(session, "input", null, "search-terms");
        await session.Page.Keyboard.TypeAsync("tvångsäktenskap");
        var results = session.Page.WaitForURLAsync(host.BaseUrl + "/sok", new() { Timeout = 60_000 });
        await session.Page.Keyboard.PressAsync("Enter");
        await results;
        var hit = await session.Page.Locator("ol.hit-list h3 a").First.InnerTextAsync();
        await TabToAsync(session, "a", hit, inside: "ol.hit-list");
        await session.Page.Keyboard.PressAsync("Enter");
        await session.Page.WaitForURLAsync(url => !url.EndsWith("/sok", StringComparison.Ordinal));

        Assert.DoesNotContain("/sok", session.Page.Url, StringComparison.Ordinal);
        Assert.DoesNotContain("?", session.Page.Url, StringComparison.Ordinal);
        Assert.Equal(hit, await session.Page.Locator("main h1").InnerTextAsync());
    }

    [Fact]
    public async Task Narrow_the_hits_by_a_facet_with_the_keyboard()
    {
        await using var session = await host.NewPageAsync();
        await session.GoAsync("/");
        await session.Page.Locator("#search-terms").FillAsync("socialtjänsten");
        await session.Page.Keyboard.PressAsync("Enter");
        await session.Page.WaitForURLAsync(host.BaseUrl + "/sok");

        var before = await session.Page.Locator("p.search-count").InnerTextAsync();

        await TabToAsync(session, "summary", "Avgränsa");
        await session.Page.Keyboard.PressAsync("Enter");
        await TabToAsync(session, "input", null, "facet-contentType-0");
        await session.Page.Keyboard.PressAsync("Space");
        await TabToAsync(session, "button", "Visa träffar");
        await session.Page.Keyboard.PressAsync("Enter");

        // Space sets the checkbox's state in the page; only the server's answer carries the checked attribute.
        await session.Page.WaitForFunctionAsync("() => document.getElementById('facet-contentType-0')?.hasAttribute('checked')");

        Assert.Equal(host.BaseUrl + "/sok", session.Page.Url);
        Assert.NotEqual(before, await session.Page.Locator("p.search-count").InnerTextAsync());
        Assert.True(await session.Page.Locator("#facet-contentType-0").IsCheckedAsync());
        Assert.Equal("socialtjänsten", await session.Page.Locator("#search-page-terms").InputValueAsync());
    }

    /// <summary>Presses Tab until the focused element is the one described, failing after <see cref="MaxTabs"/> presses.</summary>
    private static async Task TabToAsync(BrowserPage session, string tag, string? text, string? id = null, string? inside = null)
    {
        for (var i = 0; i < MaxTabs; i++)
        {
            await session.Page.Keyboard.PressAsync("Tab");
            var found = await session.Page.EvaluateAsync<bool>(
                @"([tag, text, id, inside]) => { const e = document.activeElement;
                    return e.tagName.toLowerCase() === tag && (text === null || e.innerText.trim() === text)
                        && (id === null || e.id === id) && (inside === null || e.closest(inside) !== null); }",
                new object?[] { tag, text, id, inside });
            if (found)
            {
                return;
            }
        }

        Assert.Fail($"Tab never reached <{tag}> '{text ?? id}'.");
    }
}
