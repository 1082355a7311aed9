using System.Text.RegularExpressions;
using Hedershus.Core.Data;
using Hedershus.Core.Identity;
using Hedershus.Core.Members;
using Hedershus.Core.Networks;
using Hedershus.Tests.Backoffice.Browser;
using Hedershus.Tests.Site.Browser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Hedershus.Tests.Networks.Browser;

/// <summary>
/// The Networks staff module and the site's network pages in a real browser: the request queue is worked with the
/// keyboard alone (approve, reject with a reason), and axe-core finds no WCAG 2.1 A/AA violation on the module, the
/// network page with its join form (also with errors) or the member directory.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class NetworkBrowserTests(BrowserHost host)
{
    private static readonly Guid OpenNetwork = Guid.Parse("9e7a0000-0000-4000-8000-000000000001");
    private static readonly Guid ApprovalNetwork = Guid.Parse("9e7a0000-0000-4000-8000-000000000002");

    [Fact]
    public async Task A_coordinator_approves_and_rejects_requests_with_the_keyboard_and_the_module_passes_axe()
    {
        var (approve, reject) = ($"ja-{Guid.NewGuid():N}@example.org", $"nej-{Guid.NewGuid():N}@example.org");
        await AddMembershipAsync(ApprovalNetwork, approve, "Anna Godkänd", MembershipState.Confirmed);
        await AddMembershipAsync(ApprovalNetwork, reject, "Rolf Avslagen", MembershipState.Confirmed);
        await using var staff = await BackofficeBrowser.SignInAsync(host, BackofficeRoles.Administrators);
        var page = staff.Page;
        var failures = new List<string>();

        await staff.GoAsync("/umbraco/section/networks");
        var link = page.Locator($"#module-root a[href='#network/{ApprovalNetwork}']");
        await link.WaitForAsync();
        failures.AddRange(await staff.AxeAsync());
        await link.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var approveButton = page.Locator("#module-root button", new() { HasText = $"Godkänn {approve}" });
        await approveButton.WaitForAsync();
        Assert.Equal("H1", await page.EvaluateAsync<string>("() => document.activeElement.tagName"));
        failures.AddRange(await staff.AxeAsync());

        await approveButton.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("#module-root .hs-status", new() { HasText = "Sparat." }).WaitForAsync();
        await page.Locator("#module-root td button", new() { HasText = $"Ta bort {approve}" }).WaitForAsync();

        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await page.Locator("#hs-reason").FocusAsync();
        await page.Keyboard.TypeAsync("Nätverket är för socialtjänsten.");
        await page.Locator("#module-root button", new() { HasText = $"Avslå {reject}" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("#module-root tr", new() { HasText = reject }).Filter(new() { HasText = "Avslagen" }).WaitForAsync();
        failures.AddRange(await staff.AxeAsync());

        Assert.Equal(MembershipState.Active, await StateAsync(ApprovalNetwork, approve));
        Assert.Equal(MembershipState.Rejected, await StateAsync(ApprovalNetwork, reject));
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task The_network_page_with_its_join_form_and_the_member_directory_pass_axe()
    {
        await using var session = await host.NewPageAsync();
        var failures = new List<string>();
        await session.GoAsync(Route(OpenNetwork));
        Assert.True(await session.Page.Locator($"form[action='/natverk/{OpenNetwork}/ansok']").IsVisibleAsync());
        failures.AddRange(await session.AxeAsync(host.AxeSource, "network page"));

        await session.SubmitAndWaitAsync(() => session.Page.Locator("form[action$='/ansok'] button[type=submit]").ClickAsync());
        Assert.True(await session.Page.Locator(".error-summary a").CountAsync() >= 2, "no error summary after an empty form");
        failures.AddRange(await session.AxeAsync(host.AxeSource, "join form with errors"));

        var email = $"medlem-{Guid.NewGuid():N}@example.org";
        await AddMembershipAsync(OpenNetwork, email, "Mia Medlem", MembershipState.Active);
        var listed = $"listad-{Guid.NewGuid():N}@example.org";
        await AddMembershipAsync(OpenNetwork, listed, "Lisa Listad", MembershipState.Active, listedInDirectory: true);
        await session.GoAsync("/medlem/logga-in");
        await session.Page.Locator("#member-email").FillAsync(email);
        await session.SubmitAndWaitAsync(() => session.Page.Locator("form[action='/medlem/logga-in'] button").ClickAsync());
        await session.GoAsync("/medlem/logga-in/" + await SignInTokenAsync(email));
        await session.SubmitAndWaitAsync(() => session.Page.Locator("main form button").ClickAsync());

        await session.GoAsync($"/natverk/{OpenNetwork}/medlemmar");
        Assert.Contains("Lisa Listad", await session.Page.Locator("table.member-directory").InnerTextAsync(), StringComparison.Ordinal);
        failures.AddRange(await session.AxeAsync(host.AxeSource, "member directory"));
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Empty(session.CrossOrigin);
    }

    private string Route(Guid key) => Site.SitePages.Snapshot(host.Factory).Find(key)!.Cultures["sv"].Route!;

    private async Task AddMembershipAsync(Guid network, string email, string name, MembershipState state, bool listedInDirectory = false)
    {
        using var scope = host.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HedershusDbContext>();
        var now = host.Factory.Clock.GetUtcNow().UtcDateTime;
        db.NetworkMemberships.Add(new NetworkMembership
        {
            Key = Guid.NewGuid(), NetworkKey = network, NetworkName = "Nätverk", Email = email, Name = name, Organisation = "Huddinge kommun",
            Municipality = "Huddinge", Role = "Kurator", State = state, CreatedAt = now, ConfirmedAt = now,
            ActivatedAt = state == MembershipState.Active ? now : null,
        });
        if (listedInDirectory)
        {
            db.Members.Add(new Member { Key = Guid.NewGuid(), Email = email, Name = name, ListedInDirectory = true, CreatedAt = now });
        }

        await db.SaveChangesAsync();
    }

    private async Task<MembershipState> StateAsync(Guid network, string email)
    {
        using var scope = host.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HedershusDbContext>();
        return await db.NetworkMemberships.Where(m => m.NetworkKey == network && m.Email == email).Select(m => m.State).SingleAsync();
    }

    /// <summary>The sign-in link's token from the message in the outbox (this host has no mail server to read it from).</summary>
    private async Task<string> SignInTokenAsync(string email)
    {
        using var scope = host.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HedershusDbContext>();
        var text = await db.MailOutbox.Where(m => m.ToAddress == email).OrderByDescending(m => m.Id).Select(m => m.TextBody).FirstAsync();
        return SignInLink().Match(text).Groups[1].Value;
    }

    [GeneratedRegex("/medlem/logga-in/([A-Za-z0-9_-]{43})")]
    private static partial Regex SignInLink();
}
