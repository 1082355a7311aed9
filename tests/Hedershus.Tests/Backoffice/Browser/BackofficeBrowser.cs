using Hedershus.Tests.Site.Browser;
using Microsoft.Playwright;

namespace Hedershus.Tests.Backoffice.Browser;

/// <summary>
/// A desktop-sized browser context signed in to the backoffice of the shared browser host. It signs in the way the
/// page itself would call the Testing-only endpoint (fetch from the site's origin), so the browser stores the cookie.
/// </summary>
public sealed class BackofficeBrowser(IBrowserContext context, IPage page, string baseUrl, string axeSource) : IAsyncDisposable
{
    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    public IPage Page => page;

    public string BaseUrl => baseUrl;

    /// <summary>The address of the user every browser test signs in as.</summary>
    public const string Email = "redaktor@hedershus.local";

    public static async Task<BackofficeBrowser> SignInAsync(BrowserHost host, string role)
    {
        var context = await host.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 }, Locale = "sv-SE" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(host.BaseUrl + "/robots.txt");
        var status = await page.EvaluateAsync<int>(
            @"async role => (await fetch('/testing/sign-in', { method: 'POST', headers: { 'Content-Type': 'application/json' },
                body: JSON.stringify({ email: '" + Email + "', roles: [role] }) })).status", role);
        Assert.Equal(200, status);
        return new BackofficeBrowser(context, page, host.BaseUrl, host.AxeSource);
    }

    public async Task GoAsync(string path)
    {
        var response = await page.GotoAsync(baseUrl + path);
        Assert.True(response?.Ok == true, $"{path} answered {response?.Status}");
    }

    /// <summary>Clicks and waits for the page the click leads to.</summary>
    public Task ClickAndWaitAsync(ILocator target) => RunAndWaitForPageAsync(page, () => target.ClickAsync());

    /// <summary>Runs an action and waits for the document it loads (after any redirect) to be ready.</summary>
    public static async Task RunAndWaitForPageAsync(IPage page, Func<Task> action)
    {
        // A mark on the old document: the wait ends only once a new document has replaced it and is parsed.
        await page.EvaluateAsync("() => { window.boStale = true; }");
        await action();
        await page.WaitForFunctionAsync("() => !window.boStale && document.readyState !== 'loading'");
    }

    /// <summary>axe-core's WCAG 2.1 A/AA violations on the current page, as lines for an assertion message.</summary>
    public async Task<IReadOnlyList<string>> AxeAsync()
    {
        await page.EvaluateAsync(axeSource);
        var violations = await page.EvaluateAsync<AxeViolation[]>(
            @"async tags => (await axe.run(document, { runOnly: { type: 'tag', values: tags } })).violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map(n => n.target.join(' ')) }))",
            WcagTags);
        return violations.Select(v => $"{page.Url}: {v}").ToList();
    }

    /// <summary>Set to 1 to refresh the editors' guide's screenshots in docs/editors/ (checked in).</summary>
    public const string UpdateScreenshotsVariable = "HEDERSHUS_UPDATE_SCREENSHOTS";

    /// <summary>
    /// A screenshot for the editors' guide. Every run takes it; only a run with <see cref="UpdateScreenshotsVariable"/>
    /// set writes it into docs/editors/, so an ordinary test run leaves the working tree clean.
    /// </summary>
    public async Task ScreenshotAsync(string name)
    {
        var folder = Environment.GetEnvironmentVariable(UpdateScreenshotsVariable) == "1"
            ? EditorsGuideFolder()
            : Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "hedershus-screenshots")).FullName;
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name), FullPage = false });
    }

    public async ValueTask DisposeAsync() => await context.DisposeAsync();

    private static string EditorsGuideFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Hedershus.sln")))
            {
                return Directory.CreateDirectory(Path.Combine(dir.FullName, "docs", "editors")).FullName;
            }
        }

        throw new DirectoryNotFoundException("The repository root (Hedershus.sln) was not found above the test output.");
    }
}
