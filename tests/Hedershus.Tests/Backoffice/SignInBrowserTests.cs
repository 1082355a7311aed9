using Hedershus.Core.Identity;
using Hedershus.Tests.Site.Browser;
using Microsoft.Playwright;

namespace Hedershus.Tests.Backoffice;

/// <summary>
/// Signing in with Chromium: the first administrator's forced password change, two-factor set-up with a code computed
/// from the page's shared key, sign-out and sign-in with the code; the lockout message. Every sign-in page passes axe
/// (WCAG 2.1 A/AA) and the browser reports no Content-Security-Policy violation.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SignInBrowserTests(BrowserHost host)
{
    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    [Fact]
    public async Task An_administrator_changes_the_generated_password_sets_up_two_factor_and_signs_in_with_the_code()
    {
        var email = AccountUsers.NewEmail("browser-admin");
        await AccountUsers.CreateAsync(host.Factory, email, [BackofficeRoles.Administrators], mustChangePassword: true);
        await using var session = await host.NewPageAsync();
        var page = session.Page;
        var problems = WatchProblems(page);
        var axe = new List<string>();

        await page.GotoAsync(host.BaseUrl + "/umbraco/login?lang=sv&returnUrl=%2Fumbraco%2Faccount%3Flang%3Dsv");
        await CheckAxeAsync(page, axe);
        await page.GetByLabel("E-postadress").FillAsync(email);
        await page.GetByLabel("Lösenord").FillAsync(AccountUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Logga in" }).ClickAsync();

        await page.WaitForURLAsync("**/umbraco/login/change-password**");
        await CheckAxeAsync(page, axe);
        const string newPassword = "Webbläsarens-Lösen-31";
        await page.GetByLabel("Nuvarande lösenord").FillAsync(AccountUsers.Password);
        await page.GetByLabel("Nytt lösenord", new() { Exact = true }).FillAsync(newPassword);
        await page.GetByLabel("Upprepa det nya lösenordet").FillAsync(newPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();

        await page.WaitForURLAsync("**/umbraco/login/two-factor/setup**");
        await CheckAxeAsync(page, axe);
        var key = await page.Locator("#shared-key").InnerTextAsync();
        await page.GetByLabel("Kod från appen").FillAsync(Totp.Code(key, DateTimeOffset.UtcNow));
        await page.GetByRole(AriaRole.Button, new() { Name = "Slå på tvåstegsverifiering" }).ClickAsync();

        await page.Locator("#recovery-codes").WaitForAsync();
        await CheckAxeAsync(page, axe);
        Assert.Equal(10, await page.Locator("#recovery-codes li").CountAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = "Fortsätt" }).ClickAsync();
        await page.WaitForURLAsync("**/umbraco/account?lang=sv");
        Assert.Contains("Tvåstegsverifiering är på.", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Button, new() { Name = "Logga ut" }).ClickAsync();
        await page.WaitForURLAsync("**/umbraco/login?signedOut=1**");
        await page.GotoAsync(host.BaseUrl + "/umbraco/login?lang=sv&returnUrl=%2Fumbraco%2Faccount%3Flang%3Dsv");
        await page.GetByLabel("E-postadress").FillAsync(email);
        await page.GetByLabel("Lösenord").FillAsync(newPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Logga in" }).ClickAsync();
        await page.WaitForURLAsync("**/umbraco/login/two-factor**");
        await CheckAxeAsync(page, axe);
        await page.GetByLabel("Kod från appen").FillAsync(Totp.Code(key, DateTimeOffset.UtcNow));
        await page.GetByRole(AriaRole.Button, new() { Name = "Verifiera" }).ClickAsync();

        await page.WaitForURLAsync("**/umbraco/account?lang=sv");
        Assert.Contains(email, await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(axe.Count == 0, string.Join("\n", axe));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Repeated_wrong_passwords_show_the_lockout_message_in_English_too()
    {
        var email = AccountUsers.NewEmail("browser-lockout");
        await AccountUsers.CreateAsync(host.Factory, email, [BackofficeRoles.Editors]);
        await using var session = await host.NewPageAsync();
        var page = session.Page;
        var axe = new List<string>();

        for (var attempt = 0; attempt < 6; attempt++)
        {
            await page.GotoAsync(host.BaseUrl + "/umbraco/login?lang=en");
            await page.GetByLabel("E-mail address").FillAsync(email);
            await page.GetByLabel("Password").FillAsync(attempt < 5 ? $"Wrong-Password-{attempt}!" : AccountUsers.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await page.Locator("[role=alert]").WaitForAsync();
        }

        await CheckAxeAsync(page, axe);
        Assert.Contains("locked for 15 minutes", await page.Locator("[role=alert]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.EndsWith("/umbraco/login", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        Assert.True(axe.Count == 0, string.Join("\n", axe));
    }

    [Fact]
    public async Task The_password_pages_pass_axe_in_both_languages()
    {
        await using var session = await host.NewPageAsync();
        var axe = new List<string>();
        foreach (var path in new[] { "/umbraco/login/forgot-password", "/umbraco/login/forgot-password?lang=en", "/umbraco/login/reset-password?user=x&token=y" })
        {
            await session.Page.GotoAsync(host.BaseUrl + path);
            await CheckAxeAsync(session.Page, axe);
        }

        Assert.True(axe.Count == 0, string.Join("\n", axe));
    }

    /// <summary>CSP violations and script errors the browser reports while the test runs.</summary>
    private static List<string> WatchProblems(IPage page)
    {
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add(message.Text);
            }
        };
        page.PageError += (_, error) => problems.Add(error);
        return problems;
    }

    private async Task CheckAxeAsync(IPage page, List<string> failures)
    {
        await page.EvaluateAsync(host.AxeSource);
        var violations = await page.EvaluateAsync<AxeViolation[]>(
            @"async tags => (await axe.run(document, { runOnly: { type: 'tag', values: tags } })).violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map(n => n.target.join(' ')) }))",
            WcagTags);
        failures.AddRange(violations.Select(v => $"{new Uri(page.Url).PathAndQuery}: {v}"));
    }
}
