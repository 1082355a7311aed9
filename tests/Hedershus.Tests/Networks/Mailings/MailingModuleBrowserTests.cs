using Hedershus.Core.Identity;
using Hedershus.Tests.Backoffice.Browser;
using Hedershus.Tests.Infrastructure;
using Hedershus.Tests.Site.Browser;

namespace Hedershus.Tests.Networks.Mailings;

/// <summary>
/// The mailings view of the Networks staff module in headless Chromium: a coordinator writes a draft in two
/// languages, sees it listed with its counts, edits it, and the page passes axe (WCAG 2.1 AA) and works by keyboard.
/// The browser host's site address is http, so sending is refused with a message the page announces.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MailingModuleBrowserTests(BrowserHost host)
{
    [Fact]
    public async Task A_coordinator_writes_and_edits_a_draft_mailing_by_keyboard_and_the_view_passes_axe()
    {
        // A network of its own that lists the browser's signed-in user as coordinator (coordinators see only their networks).
        var network = (await NetworkStory.CreateAsync(host.Factory, "open", coordinators: [BackofficeBrowser.Email])).Id;
        await using var coordinator = await BackofficeBrowser.SignInAsync(host, BackofficeRoles.NetworkCoordinators);
        var page = coordinator.Page;
        await coordinator.GoAsync($"/umbraco/section/networks#network/{network}");
        await page.Locator($"a[href='#network/{network}/mailings']").ClickAsync();
        await page.Locator("#hs-mailing-sv-subject").WaitForAsync();
        var failures = new List<string>(await coordinator.AxeAsync());

        await page.Locator("#hs-mailing-sv-subject").FillAsync("Inbjudan till nätverksträff");
        await page.Locator("#hs-mailing-sv-body").FillAsync("Hej!\n\nVi ses den 3 december.");
        await page.Locator("#hs-mailing-en-subject").FillAsync("Invitation to a network meeting");
        await page.Locator("#hs-mailing-en-body").FillAsync("Hello!\n\nSee you on 3 December.");
        await page.Locator("#hs-mailing-en-body").FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("td", new() { HasText = "Utkast" }).WaitForAsync();
        Assert.Equal("Sparat.", await page.Locator(".hs-status").InnerTextAsync());
        failures.AddRange(await coordinator.AxeAsync());

        await page.Locator("button", new() { HasText = "Ändra" }).First.ClickAsync();
        await Microsoft.Playwright.Assertions.Expect(page.Locator("#hs-mailing-en-subject")).ToHaveValueAsync("Invitation to a network meeting");
        await page.Locator("#hs-mailing-sv-subject").FillAsync("Inbjudan till nätverksträff i december");
        await page.Locator("form.hs-mailing-form button[type='submit']").ClickAsync();
        await page.Locator("th", new() { HasText = "Inbjudan till nätverksträff i december" }).WaitForAsync();

        page.Dialog += (_, dialog) => _ = dialog.AcceptAsync();
        await page.Locator("button", new() { HasText = "Skicka" }).First.ClickAsync();
        await page.Locator(".hs-status", new() { HasText = "https" }).WaitForAsync();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
