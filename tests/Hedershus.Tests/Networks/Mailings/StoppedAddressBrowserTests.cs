using Hedershus.Core.Data;
using Hedershus.Core.Identity;
using Hedershus.Core.Networks;
using Hedershus.Core.Networks.Mailings;
using Hedershus.Tests.Backoffice.Browser;
using Hedershus.Tests.Site.Browser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hedershus.Tests.Networks.Mailings;

/// <summary>
/// The stopped addresses under a network's mailings in headless Chromium: listed with the member's name, resumed by
/// keyboard (the confirmation accepted), gone from the list afterwards, and the view passes axe before and after.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class StoppedAddressBrowserTests(BrowserHost host)
{
    [Fact]
    public async Task A_coordinator_resumes_mailings_to_a_stopped_member_by_keyboard_and_the_view_passes_axe()
    {
        var network = await NetworkStory.CreateAsync(host.Factory, "open", coordinators: [BackofficeBrowser.Email]);
        var email = $"studsar-{Guid.NewGuid():N}@example.org";
        await StopAsync(network.Id, email);
        await using var coordinator = await BackofficeBrowser.SignInAsync(host, BackofficeRoles.NetworkCoordinators);
        var page = coordinator.Page;
        page.Dialog += (_, dialog) => _ = dialog.AcceptAsync();
        await coordinator.GoAsync($"/umbraco/section/networks#network/{network.Id}/mailings");
        var row = page.Locator("section[aria-labelledby='hs-stopped-heading'] tr", new() { HasText = email });
        await row.WaitForAsync();
        Assert.Contains("Greta Studs", await row.InnerTextAsync(), StringComparison.Ordinal);
        var failures = new List<string>(await coordinator.AxeAsync());

        await row.Locator("button", new() { HasText = "Återuppta utskick" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Locator(".hs-status", new() { HasText = "Sparat." }).WaitForAsync();
        await Microsoft.Playwright.Assertions.Expect(row).ToHaveCountAsync(0);
        failures.AddRange(await coordinator.AxeAsync());
        Assert.True(failures.Count == 0, string.Join("\n", failures));

        await using var scope = host.Factory.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<HedershusDbContext>().Set<MailingBounce>().AnyAsync(b => b.Email == email));
    }

    /// <summary>An active member whose address has been stopped: the browser host cannot send mail, so the rows are written as the counter would.</summary>
    private async Task StopAsync(Guid network, string email)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HedershusDbContext>();
        var now = host.Factory.Clock.GetUtcNow().UtcDateTime;
        db.Add(new NetworkMembership
        {
            Key = Guid.NewGuid(), NetworkKey = network, NetworkName = "Nätverk", Email = email, Name = "Greta Studs",
            State = MembershipState.Active, CreatedAt = now, ConfirmedAt = now, ActivatedAt = now,
        });
        db.Add(new MailingBounce { Email = email, ConsecutiveFailures = 3, LastFailureAt = now, StoppedAt = now });
        await db.SaveChangesAsync();
    }
}
