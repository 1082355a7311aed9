using System.Globalization;
using Hedershus.Core.Content.Editing;
using Hedershus.Core.Identity;
using Hedershus.Tests.Site.Browser;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Hedershus.Tests.Backoffice.Browser;

/// <summary>
/// The main journey in headless Chromium: a writer signs in with two-factor, writes a page in Swedish and
/// translates it to English, sends both for review; an editor approves them from the queue (which publishes), the page
/// is on the public site and in the Delivery API; a changed Swedish text marks English outdated; a rollback; a scheduled
/// unpublish happens when the host's clock passes it and the scheduler runs. Every new page passes axe.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReviewJourneyBrowserTests(BrowserHost host)
{
    private readonly List<string> _axe = [];

    [Fact]
    public async Task Write_translate_review_publish_mark_outdated_roll_back_and_unpublish_on_schedule()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        await using var writer = await SignInWithTwoFactorAsync();
        var id = await WriteAndTranslateAsync(writer, suffix);
        await SendForReviewAsync(writer, id, "sv");
        await SendForReviewAsync(writer, id, "en");
        await writer.ScreenshotAsync("07-sent-for-review.png");

        await using var editor = await BackofficeBrowser.SignInAsync(host, BackofficeRoles.Editors);
        await ApproveAllAsync(editor, id);
        await AssertPublishedAsync(editor, id, $"/skolan-{suffix}/", $"/en/school-{suffix}/", $"Stöd i skolan {suffix}", $"Support at school {suffix}");

        await ChangeSwedishAndSeeEnglishOutdatedAsync(editor, id);
        await RollBackAsync(editor, id);
        await UnpublishOnScheduleAsync(editor, id, $"/en/school-{suffix}/", $"Support at school {suffix}");

        await editor.GoAsync("/umbraco");
        await editor.ScreenshotAsync("10-dashboard.png");
        await AxeAsync(editor);
        Assert.True(_axe.Count == 0, string.Join("\n", _axe));
    }

    /// <summary>A writer whose two-factor is on signs in with the password and a code from the authenticator.</summary>
    private async Task<BackofficeBrowser> SignInWithTwoFactorAsync()
    {
        var email = AccountUsers.NewEmail("journey-writer");
        await AccountUsers.CreateAsync(host.Factory, email, [BackofficeRoles.Writers]);
        string key;
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<HedershusUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            await users.ResetAuthenticatorKeyAsync(user);
            key = (await users.GetAuthenticatorKeyAsync(user))!;
            await users.SetTwoFactorEnabledAsync(user, true);
        }

        var context = await host.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 }, Locale = "sv-SE" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(host.BaseUrl + "/umbraco/login?lang=sv&returnUrl=%2Fumbraco%2Fcontent");
        await page.GetByLabel("E-postadress").FillAsync(email);
        await page.GetByLabel("Lösenord").FillAsync(AccountUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Logga in" }).ClickAsync();
        await page.WaitForURLAsync("**/umbraco/login/two-factor**");
        await page.GetByLabel("Kod från appen").FillAsync(Totp.Code(key, DateTimeOffset.UtcNow));
        await page.GetByRole(AriaRole.Button, new() { Name = "Verifiera" }).ClickAsync();
        await page.WaitForURLAsync("**/umbraco/content");
        return new BackofficeBrowser(context, page, host.BaseUrl, host.AxeSource);
    }

    private static async Task<string> WriteAndTranslateAsync(BackofficeBrowser writer, string suffix)
    {
        var page = writer.Page;
        await writer.ClickAndWaitAsync(page.Locator(".bo-tree-list > li > a").First);
        await page.Locator("#create-type").SelectOptionAsync("guidancePage");
        await page.Locator("#create-name").FillAsync($"Stöd i skolan {suffix}");
        await writer.ClickAndWaitAsync(page.Locator("form.bo-create button"));
        await page.Locator("#f-cultures-sv-segment").FillAsync($"skolan-{suffix}");
        await page.Locator("#f-cultures-sv-properties-summary").FillAsync("Vad skolan kan göra när en elev är utsatt.");
        await page.Locator("#f-cultures-sv-properties-body").FillAsync("<p>Prata med eleven i enrum och kontakta elevhälsan.</p>");
        await writer.ClickAndWaitAsync(page.Locator("form.bo-form .bo-form-actions button"));
        Assert.Equal("Sparat.", await page.Locator(".bo-notice p").InnerTextAsync());

        await writer.ClickAndWaitAsync(page.Locator(".bo-cultures a", new() { HasText = "English" }));
        await page.Locator("#f-cultures-en-name").FillAsync($"Support at school {suffix}");
        await page.Locator("#f-cultures-en-segment").FillAsync($"school-{suffix}");
        await page.Locator("#f-cultures-en-properties-summary").FillAsync("What a school can do when a pupil is at risk.");
        await page.Locator("#f-cultures-en-properties-body").FillAsync("<p>Talk to the pupil alone and contact the pupil health team.</p>");
        await writer.ClickAndWaitAsync(page.Locator("form.bo-form .bo-form-actions button"));
        Assert.Equal("Sparat.", await page.Locator(".bo-notice p").InnerTextAsync());
        return page.Url.Split("/umbraco/content/")[1].Split('?')[0];
    }

    private async Task SendForReviewAsync(BackofficeBrowser writer, string id, string culture)
    {
        await writer.GoAsync($"/umbraco/content/{id}?culture={culture}");
        await writer.Page.Locator("#review-message").FillAsync("Klar för granskning.");
        await writer.ClickAndWaitAsync(writer.Page.Locator("form.bo-send-review button"));
        Assert.Equal("Skickat för granskning.", await writer.Page.Locator(".bo-notice p").InnerTextAsync());
        Assert.True(await writer.Page.Locator("#review-pending").IsVisibleAsync());
        await AxeAsync(writer);
    }

    private async Task ApproveAllAsync(BackofficeBrowser editor, string id)
    {
        await editor.GoAsync("/umbraco/reviews");
        await editor.ScreenshotAsync("08-review-queue.png");
        await AxeAsync(editor);
        for (var approved = 0; approved < 2; approved++)
        {
            var item = editor.Page.Locator(".bo-review-queue > li", new() { Has = editor.Page.Locator($"a[href^='/umbraco/content/{id}']") }).First;
            await editor.ClickAndWaitAsync(item.Locator("form[action$='/approve'] button"));
            Assert.Equal("Godkänt och publicerat.", await editor.Page.Locator(".bo-notice p").InnerTextAsync());
        }
    }

    private static async Task AssertPublishedAsync(BackofficeBrowser editor, string id, string svPath, string enPath, string svName, string enName)
    {
        var page = editor.Page;
        var item = await page.APIRequest.GetAsync($"{editor.BaseUrl}/umbraco/delivery/api/v2/content/item/{id}", new() { Headers = new Dictionary<string, string> { ["Accept-Language"] = "en" } });
        Assert.Contains($"\"{enName}\"", await item.TextAsync(), StringComparison.Ordinal);
        await editor.GoAsync(svPath);
        Assert.Equal(svName, await page.Locator("main h1").InnerTextAsync());
        await editor.GoAsync(enPath);
        Assert.Equal(enName, await page.Locator("main h1").InnerTextAsync());
    }

    private async Task ChangeSwedishAndSeeEnglishOutdatedAsync(BackofficeBrowser editor, string id)
    {
        var page = editor.Page;
        await editor.GoAsync($"/umbraco/content/{id}?culture=sv");
        await page.Locator("#f-cultures-sv-properties-summary").FillAsync("Vad skolan ska göra när en elev är utsatt för hedersrelaterat våld.");
        await editor.ClickAndWaitAsync(page.Locator("form.bo-form .bo-form-actions button"));
        await editor.ClickAndWaitAsync(page.Locator("form[action*='/publish'] button"));
        Assert.Equal("Publicerat.", await page.Locator(".bo-notice p").InnerTextAsync());

        await editor.ClickAndWaitAsync(page.Locator(".bo-cultures a", new() { HasText = "English" }));
        Assert.True(await page.Locator("#translation-outdated").IsVisibleAsync());
        Assert.Contains("inaktuell översättning: en", await page.Locator(".bo-tree a[aria-current=page] ~ .bo-badge-warn").InnerTextAsync(), StringComparison.Ordinal);
        await editor.ScreenshotAsync("09-outdated-translation.png");
        await AxeAsync(editor);
    }

    private static async Task RollBackAsync(BackofficeBrowser editor, string id)
    {
        var page = editor.Page;
        await editor.GoAsync($"/umbraco/content/{id}/versions?culture=sv");
        await editor.ClickAndWaitAsync(page.Locator("table a[href*='version=']").First);
        await editor.ClickAndWaitAsync(page.Locator(".bo-diff form button"));
        Assert.Equal("Vad skolan kan göra när en elev är utsatt.", await page.Locator("#f-cultures-sv-properties-summary").InputValueAsync());
    }

    /// <summary>Schedules English to go offline in an hour, moves the host's clock past it and runs the scheduler.</summary>
    private async Task UnpublishOnScheduleAsync(BackofficeBrowser editor, string id, string enPath, string enName)
    {
        var page = editor.Page;
        var at = host.Factory.Clock.GetUtcNow().UtcDateTime.AddHours(1);
        await editor.GoAsync($"/umbraco/content/{id}?culture=en");
        await page.Locator("#unpublish-at").FillAsync(at.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture));
        await editor.ClickAndWaitAsync(page.Locator("form[action*='/schedule'] button"));
        Assert.Equal("Schemat sparades.", await page.Locator(".bo-notice p").InnerTextAsync());
        await editor.GoAsync(enPath);

        host.Factory.Clock.Advance(TimeSpan.FromHours(2));
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<ScheduledPublishingJob>().RunDueAsync(CancellationToken.None) >= 1);
        }

        var gone = await page.GotoAsync(editor.BaseUrl + enPath);
        Assert.Equal(404, gone!.Status);
        var item = await page.APIRequest.GetAsync($"{editor.BaseUrl}/umbraco/delivery/api/v2/content/item/{id}", new() { Headers = new Dictionary<string, string> { ["Accept-Language"] = "en" } });
        Assert.DoesNotContain(enName, await item.TextAsync(), StringComparison.Ordinal);
    }

    private async Task AxeAsync(BackofficeBrowser browser) => _axe.AddRange(await browser.AxeAsync());
}
