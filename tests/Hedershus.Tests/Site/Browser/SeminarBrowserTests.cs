using Microsoft.Playwright;

namespace Hedershus.Tests.Site.Browser;

/// <summary>
/// Calendar → seminar page → registration in a real browser without help from script: axe-core finds no WCAG 2.1
/// A/AA violation on any step (errors included) in Swedish and Arabic, the only cookie is the form's strict,
/// HTTP-only session cookie, and the keyboard alone can register. The test clock stands in for the time a person
/// takes to fill the form in.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SeminarBrowserTests(BrowserHost host)
{
    private const string SeminarSegment = "/samtal-med-unga/";
    private const int MaxTabs = 120;

    [Theory]
    [InlineData("sv", "/seminarier/", "Du har fått en plats.")]
    [InlineData("ar", "/ar/seminarier/", "حصلت على مقعد.")]
    public async Task From_the_calendar_to_a_seat_every_step_passes_axe(string culture, string calendar, string seated)
    {
        await using var session = await host.NewPageAsync();
        var failures = new List<string>();

        await session.GoAsync(calendar);
        failures.AddRange(await session.AxeAsync(host.AxeSource, "calendar"));
        await session.SubmitAndWaitAsync(() => session.Page.Locator($"a[href$='{SeminarSegment}']").First.ClickAsync());
        failures.AddRange(await session.AxeAsync(host.AxeSource, "seminar page"));

        host.Factory.Clock.Advance(TimeSpan.FromSeconds(5));
        await session.SubmitAndWaitAsync(() => session.Page.Locator("form.registration-form button[type=submit]").ClickAsync());
        Assert.True(await session.Page.Locator(".error-summary a").CountAsync() >= 3, "no error summary after an empty form");
        failures.AddRange(await session.AxeAsync(host.AxeSource, "form with errors"));

        await session.Page.Locator("#f-name").FillAsync("Kim Berg");
        await session.Page.Locator("#f-email").FillAsync($"kim-{culture}-{Guid.NewGuid():N}@example.org");
        await session.Page.Locator("#f-municipality").SelectOptionAsync("Botkyrka");
        await session.Page.Locator("#f-answers-diet-1").CheckAsync();
        await session.Page.Locator("#f-consent").CheckAsync();
        host.Factory.Clock.Advance(TimeSpan.FromSeconds(5));
        await session.SubmitAndWaitAsync(() => session.Page.Locator("form.registration-form button[type=submit]").ClickAsync());

        Assert.Equal(seated, await session.Page.Locator("p.result").InnerTextAsync());
        failures.AddRange(await session.AxeAsync(host.AxeSource, "result"));
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Empty(session.CrossOrigin);
        var cookie = Assert.Single(await session.Context.CookiesAsync());
        Assert.Equal(Hedershus.Web.Backoffice.Shell.BackofficeUiServiceCollectionExtensions.AntiforgeryCookieName, cookie.Name);
        Assert.True(cookie.HttpOnly);
        Assert.Equal(SameSiteAttribute.Strict, cookie.SameSite);
        Assert.Equal(-1, cookie.Expires); // a session cookie: gone when the browser closes
    }

    [Fact]
    public async Task Register_with_the_keyboard_only_never_landing_on_the_hidden_honeypot()
    {
        await using var session = await host.NewPageAsync();
        await session.GoAsync(SeminarSegment);

        await TabToAsync(session, "f-name");
        await session.Page.Keyboard.TypeAsync("Kim Berg");
        await TabToAsync(session, "f-email");
        await session.Page.Keyboard.TypeAsync($"kim-keyboard-{Guid.NewGuid():N}@example.org");
        await TabToAsync(session, "f-municipality");
        await session.Page.Keyboard.TypeAsync("Huddinge");
        await TabToAsync(session, "f-answers-diet");
        await session.Page.Keyboard.PressAsync("Space");
        await TabToAsync(session, "f-consent");
        await session.Page.Keyboard.PressAsync("Space");
        await TabToAsync(session, null, "Skicka anmälan");
        host.Factory.Clock.Advance(TimeSpan.FromSeconds(5));
        await session.SubmitAndWaitAsync(() => session.Page.Keyboard.PressAsync("Enter"));

        Assert.Equal("Tack för din anmälan", await session.Page.Locator("main h1").InnerTextAsync());
        Assert.Equal("Du har fått en plats.", await session.Page.Locator("p.result").InnerTextAsync());
    }

    /// <summary>Presses Tab until the element with <paramref name="id"/> (or the button with <paramref name="text"/>) has focus.</summary>
    private static async Task TabToAsync(BrowserPage session, string? id, string? text = null)
    {
        for (var i = 0; i < MaxTabs; i++)
        {
            await session.Page.Keyboard.PressAsync("Tab");
            var focused = await session.Page.EvaluateAsync<string[]>("() => [document.activeElement.id, document.activeElement.innerText?.trim() ?? '']");
            Assert.NotEqual("f-webbplats", focused[0]);
            if ((id is not null && focused[0] == id) || (text is not null && focused[1] == text))
            {
                return;
            }
        }

        Assert.Fail($"Tab never reached '{id ?? text}'.");
    }
}
