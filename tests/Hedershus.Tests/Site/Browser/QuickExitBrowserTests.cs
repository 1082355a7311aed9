using Microsoft.Playwright;

namespace Hedershus.Tests.Site.Browser;

/// <summary>SAFETY.md S1, S2, S5 in a real browser: the quick exit is reachable, always visible, and leaves no way back.</summary>
[Collection(BrowserCollection.Name)]
public sealed class QuickExitBrowserTests(BrowserHost host)
{
    [Fact]
    public async Task The_first_tab_stop_after_the_skip_link_is_the_quick_exit_with_a_44_px_target()
    {
        await using var session = await host.NewPageAsync();
        await session.GoAsync("/");

        await session.Page.Keyboard.PressAsync("Tab");
        var first = await session.Page.EvaluateAsync<string>("document.activeElement.className");
        await session.Page.Keyboard.PressAsync("Tab");
        var second = await session.Page.EvaluateAsync<string>("document.activeElement.id");
        var box = await session.Page.Locator("#quick-exit").BoundingBoxAsync();

        Assert.Equal("skip-link", first);
        Assert.Equal("quick-exit", second);
        Assert.True(box!.Width >= 44 && box.Height >= 44, $"{box.Width}×{box.Height}");
        Assert.Equal("Lämna sidan snabbt", await session.Page.Locator("#quick-exit").InnerTextAsync());
    }

    /// <summary>
    /// SAFETY.md S1 on every kind of page, in both directions of writing: Tab 1 is the skip link (shown when focused),
    /// Tab 2 the quick exit, in view and labelled in the page's language; Shift+Tab goes back, and the skip link
    /// itself leads past the header to the main content.
    /// </summary>
    [Theory]
    [InlineData("/", "Lämna sidan snabbt")]
    [InlineData("/hitta-hjalp/?kommun=Stockholm", "Lämna sidan snabbt")]
    [InlineData("/metodbank/", "Lämna sidan snabbt")]
    [InlineData("/sok/", "Lämna sidan snabbt")]
    [InlineData("/finns-inte/", "Lämna sidan snabbt")]
    [InlineData("/en/", "Leave this page quickly")]
    [InlineData("/ar/", "غادر الصفحة بسرعة")]
    [InlineData("/fa/", "خروج سریع از صفحه")]
    [InlineData("/ti/", "ነቲ ገጽ ቀልጢፍካ ግደፍ")]
    public async Task Tab_reaches_the_skip_link_then_the_quick_exit_on_every_kind_of_page(string path, string label)
    {
        await using var session = await host.NewPageAsync();
        await session.GoAsync(path);

        await session.Page.Keyboard.PressAsync("Tab");
        var skip = await FocusedAsync(session);
        var skipShown = await session.Page.EvaluateAsync<bool>(
            "() => { const r = document.activeElement.getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight && r.width > 0; }");
        await session.Page.Keyboard.PressAsync("Tab");
        var exit = await FocusedAsync(session);
        await session.Page.Keyboard.PressAsync("Shift+Tab");
        var back = await FocusedAsync(session);
        await session.Page.Keyboard.PressAsync("Enter");
        var afterSkip = await session.Page.EvaluateAsync<string>("document.activeElement.id");

        Assert.Equal("skip-link", skip);
        Assert.True(skipShown, "The focused skip link is not in view.");
        Assert.Equal("quick-exit", exit);
        Assert.Equal(label, await session.Page.Locator("#quick-exit").InnerTextAsync());
        Assert.Equal("skip-link", back);
        Assert.Equal("main", afterSkip);
    }

    [Fact]
    public async Task After_scrolling_to_the_bottom_the_quick_exit_is_still_in_the_viewport()
    {
        await using var session = await host.NewPageAsync();
        await session.GoAsync("/");

        var scrolled = await session.Page.EvaluateAsync<double>("() => { window.scrollTo(0, document.body.scrollHeight); return window.scrollY; }");
        var inView = await session.Page.EvaluateAsync<bool>(
            "() => { const r = document.getElementById('quick-exit').getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight && r.height >= 44; }");

        Assert.True(scrolled > 200, $"the page scrolled only {scrolled}px");
        Assert.True(inView);
    }

    [Fact]
    public async Task Shift_pressed_three_times_replaces_the_page_with_the_neutral_url_without_growing_history()
    {
        await using var session = await host.NewPageAsync();
        await session.GoAsync("/");
        await session.GoAsync(SitePages.Route(host.Factory, "guidancePage"));
        var before = await session.Page.EvaluateAsync<int>("history.length");

        await session.LeaveWithAsync(async () =>
        {
            for (var i = 0; i < 3; i++)
            {
                await session.Page.Keyboard.PressAsync("Shift");
            }
        });

        Assert.Equal(BrowserHost.NeutralUrl, await session.Page.EvaluateAsync<string>("location.href"));
        Assert.Equal(before, await session.Page.EvaluateAsync<int>("history.length"));
        Assert.Equal([BrowserHost.NeutralUrl], session.CrossOrigin);
    }

    [Theory]
    [InlineData("click")]
    [InlineData("Enter")]
    [InlineData(" ")]
    public async Task Click_enter_and_space_on_the_quick_exit_replace_the_page(string how)
    {
        await using var session = await host.NewPageAsync();
        await session.GoAsync("/");
        var before = await session.Page.EvaluateAsync<int>("history.length");

        await session.LeaveWithAsync(async () =>
        {
            if (how == "click")
            {
                await session.Page.Locator("#quick-exit").ClickAsync();
            }
            else
            {
                await session.Page.Locator("#quick-exit").FocusAsync();
                await session.Page.Keyboard.PressAsync(how == " " ? "Space" : how);
            }
        });

        Assert.Equal(before, await session.Page.EvaluateAsync<int>("history.length"));
    }

    [Fact]
    public async Task Typing_capital_letters_does_not_trigger_the_exit()
    {
        await using var session = await host.NewPageAsync();
        await session.GoAsync("/");
        await session.Page.Locator("#search-terms").FocusAsync();

        foreach (var key in new[] { "Shift+H", "Shift+E", "Shift+J", "Shift+A", "Shift+B" })
        {
            await session.Page.Keyboard.PressAsync(key);
        }

        // Two lone presses, a letter, then one more: the letter breaks the run, so three presses are not reached.
        await session.Page.Keyboard.PressAsync("Shift");
        await session.Page.Keyboard.PressAsync("Shift");
        await session.Page.Keyboard.PressAsync("x");
        await session.Page.Keyboard.PressAsync("Shift");

        Assert.False(await session.Page.EvaluateAsync<bool>("document.documentElement.classList.contains('exiting')"));
        Assert.Equal("HEJABx", await session.Page.Locator("#search-terms").InputValueAsync());
        Assert.StartsWith(host.BaseUrl, session.Page.Url, StringComparison.Ordinal);
        Assert.Empty(session.CrossOrigin);
    }

    /// <summary>
    /// Headless Chromium does not reliably put a page into the back/forward cache on demand, so the test fires the
    /// same event a bfcache restore fires (pageshow with persisted = true) at a page hidden by the exit.
    /// </summary>
    [Fact]
    public async Task A_pageshow_after_a_bfcache_restore_removes_the_exit_overlay()
    {
        await using var session = await host.NewPageAsync();
        await session.GoAsync("/");

        var hiddenBefore = await session.Page.EvaluateAsync<bool>(
            "() => { document.documentElement.classList.add('exiting'); return getComputedStyle(document.body).visibility === 'hidden'; }");
        var stillHidden = await session.Page.EvaluateAsync<bool>(
            "() => { window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })); return document.documentElement.classList.contains('exiting'); }");

        Assert.True(hiddenBefore);
        Assert.False(stillHidden);
    }

    private static Task<string> FocusedAsync(BrowserPage session) =>
        session.Page.EvaluateAsync<string>("document.activeElement.id || document.activeElement.className");
}
