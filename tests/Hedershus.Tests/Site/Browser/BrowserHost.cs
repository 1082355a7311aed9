using Hedershus.Core.Data;
using Hedershus.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Hedershus.Tests.Site.Browser;

/// <summary>
/// One real Kestrel server with the seed content and one headless Debian Chromium for every browser test
/// (docs: /work/shared/docs/BROWSER-TESTS.md). No browser is ever downloaded: Playwright launches CHROME_PATH.
/// </summary>
public sealed class BrowserHost : IAsyncLifetime
{
    public const string NeutralUrl = "https://www.smhi.se/";

    private HedershusFactory? _factory;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public HedershusFactory Factory => _factory ?? throw new InvalidOperationException("The fixture is not started.");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The fixture is not started.");

    public string BaseUrl { get; private set; } = "";

    /// <summary>axe-core from tests/node_modules (npm ci, run by test.sh or the test project's build).</summary>
    public string AxeSource { get; private set; } = "";

    public async Task InitializeAsync()
    {
        AxeSource = await File.ReadAllTextAsync(FindAxe());
        _factory = new HedershusFactory(await TestDatabase.CreateAsync(DatabaseProvider.Sqlite));
        _factory.Settings["Hedershus:ImportSeedOnStart"] = "true";
        _factory.Settings["Backoffice:SignInPermitsPerMinute"] = "1000"; // every browser test signs in from one address
        _factory.UseKestrel(0);
        _factory.StartServer();
        BaseUrl = _factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        await WaitUntilSearchableAsync();

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROME_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>
    /// A fresh context and page (a phone-sized viewport). Requests to other origins are recorded and answered by a
    /// stub, so no test ever reaches the internet; the quick exit's destination answers as a plain page.
    /// </summary>
    public async Task<BrowserPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 700 } });
        var session = new BrowserPage(context, await context.NewPageAsync(), BaseUrl);
        await context.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url.StartsWith(BaseUrl + "/", StringComparison.Ordinal) || route.Request.Url == BaseUrl)
            {
                await route.ContinueAsync();
                return;
            }

            session.CrossOrigin.Add(route.Request.Url);
            await route.FulfillAsync(new() { Status = 200, ContentType = "text/html", Body = "<!DOCTYPE html><title>Väder</title><p>Väder</p>" });
        });
        return session;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }

    /// <summary>The seed is indexed from the change journal after start; searching tests need it in (at most 20 s).</summary>
    private async Task WaitUntilSearchableAsync()
    {
        using var http = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        for (var attempt = 0; attempt < 100; attempt++)
        {
            using var response = await http.PostAsync("/sok", new FormUrlEncodedContent([new("q", "tvångsäktenskap")]));
            if ((await response.Content.ReadAsStringAsync()).Contains("<mark>", StringComparison.Ordinal))
            {
                return;
            }

            await Task.Delay(200);
        }

        throw new InvalidOperationException("The seed never became searchable.");
    }

    private static string FindAxe()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "node_modules", "axe-core", "axe.min.js");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("axe-core is missing: run 'npm ci' in tests/ (test.sh does).");
    }
}

/// <summary>One test's browser context and page, and what left the site's origin.</summary>
public sealed class BrowserPage(IBrowserContext context, IPage page, string baseUrl) : IAsyncDisposable
{
    public IBrowserContext Context => context;

    public IPage Page => page;

    public List<string> CrossOrigin { get; } = [];

    /// <summary>Opens a page of the site and waits until quick-exit.js has wired the shortcut and the exit link.</summary>
    public async Task GoAsync(string path)
    {
        await page.GotoAsync(baseUrl + path);
        await page.WaitForSelectorAsync("html[data-quick-exit=ready]", new() { State = WaitForSelectorState.Attached });
    }

    /// <summary>
    /// Runs <paramref name="action"/> and waits until the quick exit has replaced the page with the neutral URL. The
    /// wait starts first: the stubbed destination can commit before a wait begun afterwards would notice it.
    /// </summary>
    public async Task LeaveWithAsync(Func<Task> action)
    {
        var replaced = page.WaitForURLAsync(BrowserHost.NeutralUrl, new() { WaitUntil = WaitUntilState.Commit, Timeout = 15_000 });
        await action();
        try
        {
            await replaced;
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"Still at {page.Url}; requests to other origins: [{string.Join(", ", CrossOrigin)}]", e);
        }
    }

    /// <summary>Runs an action that loads a new document (the URL may stay the same after a post) and waits for it.</summary>
    public async Task SubmitAndWaitAsync(Func<Task> action)
    {
        await page.EvaluateAsync("() => { window.previousDocument = true; }");
        await action();
        await page.WaitForFunctionAsync("() => window.previousDocument === undefined && document.documentElement.dataset.quickExit === 'ready'");
    }

    /// <summary>Runs axe-core's WCAG 2.1 A and AA rules on the page; each violation says <paramref name="where"/> it was found.</summary>
    public async Task<IEnumerable<string>> AxeAsync(string axeSource, string where)
    {
        await page.EvaluateAsync(axeSource);
        var violations = await page.EvaluateAsync<AxeViolation[]>(
            @"async tags => (await axe.run(document, { runOnly: { type: 'tag', values: tags } })).violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map(n => n.target.join(' ')) }))",
            WcagTags);
        return violations.Select(v => $"{where} ({page.Url}): {v}");
    }

    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    public async ValueTask DisposeAsync() => await context.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserHost>
{
    public const string Name = "Browser";
}
