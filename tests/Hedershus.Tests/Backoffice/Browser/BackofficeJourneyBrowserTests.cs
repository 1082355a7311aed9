using Hedershus.Core.Identity;
using Hedershus.Tests.Site.Browser;
using Microsoft.Playwright;

namespace Hedershus.Tests.Backoffice.Browser;

/// <summary>
/// An editor's main journeys in headless Chromium over the seed content: write a page in Swedish, translate it to
/// English side by side, publish both, find it on the public site and in the Delivery API, roll back a change, and
/// upload an image with alt text. The screenshots illustrate the editors' guide in the README.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BackofficeJourneyBrowserTests(BrowserHost host)
{
    [Fact]
    public async Task Write_translate_publish_and_roll_back_a_page()
    {
        await using var editor = await BackofficeBrowser.SignInAsync(host, BackofficeRoles.Editors);
        var page = editor.Page;
        await editor.GoAsync("/umbraco/content");
        await editor.ClickAndWaitAsync(page.Locator(".bo-tree-list > li > a").First);
        await editor.ScreenshotAsync("01-content-tree.png");

        // Create below the home page and write it in Swedish.
        await page.Locator("#create-type").SelectOptionAsync("guidancePage");
        await page.Locator("#create-name").FillAsync("Stöd till anhöriga");
        await editor.ClickAndWaitAsync(page.Locator("form.bo-create button"));
        await page.Locator("#f-cultures-sv-properties-summary").FillAsync("Så kan du stötta någon som lever med hedersrelaterat förtryck.");
        await page.Locator("#f-cultures-sv-properties-body").FillAsync("<p>Lyssna, tro på det som berättas och ring Kvinnofridslinjen.</p>");
        await page.Locator("input[name='properties.audience'][value='relatives']").CheckAsync();
        await editor.ClickAndWaitAsync(page.Locator("form.bo-form .bo-form-actions button"));
        Assert.Equal("Sparat.", await page.Locator(".bo-notice p").InnerTextAsync());
        await editor.ScreenshotAsync("02-edit-form.png");
        await editor.ClickAndWaitAsync(page.Locator("form[action*='/publish'] button"));
        Assert.Equal("Publicerat.", await page.Locator(".bo-notice p").InnerTextAsync());

        // Translate to English beside the Swedish source.
        await editor.ClickAndWaitAsync(page.Locator(".bo-cultures a", new() { HasText = "English" }));
        Assert.Equal("sv", await page.Locator(".bo-pair .bo-source").First.GetAttributeAsync("lang"));
        await page.Locator("#f-cultures-en-name").FillAsync("Support for relatives");
        await page.Locator("#f-cultures-en-properties-summary").FillAsync("How to support someone living with honour-related oppression.");
        await page.Locator("#f-cultures-en-properties-body").FillAsync("<p>Listen, believe what you are told and call the helpline.</p>");
        await editor.ScreenshotAsync("03-side-by-side.png");
        await editor.ClickAndWaitAsync(page.Locator("form.bo-form .bo-form-actions button"));
        await editor.ClickAndWaitAsync(page.Locator("form[action*='/publish'] button"));
        Assert.Equal("Publicerat.", await page.Locator(".bo-notice p").InnerTextAsync());
        var id = page.Url.Split("/umbraco/content/")[1].Split('?')[0];

        // On the public site and in the Delivery API.
        var item = await page.APIRequest.GetAsync($"{editor.BaseUrl}/umbraco/delivery/api/v2/content/item/{id}", new() { Headers = new Dictionary<string, string> { ["Accept-Language"] = "en" } });
        Assert.Contains("\"Support for relatives\"", await item.TextAsync(), StringComparison.Ordinal);
        await editor.GoAsync("/stod-till-anhoriga/");
        Assert.Equal("Stöd till anhöriga", await page.Locator("main h1").InnerTextAsync());
        await editor.GoAsync("/en/support-for-relatives/");
        Assert.Equal("Support for relatives", await page.Locator("main h1").InnerTextAsync());

        // Change the Swedish summary, compare with the history and roll back.
        await editor.GoAsync($"/umbraco/content/{id}?culture=sv");
        await page.Locator("#f-cultures-sv-properties-summary").FillAsync("En ändring som ska ångras.");
        await editor.ClickAndWaitAsync(page.Locator("form.bo-form .bo-form-actions button"));
        await editor.ClickAndWaitAsync(page.Locator(".bo-links-row a", new() { HasText = "Historik" }));
        await editor.ClickAndWaitAsync(page.Locator("table a[href*='version=']").First);
        Assert.Contains("ändring", await page.Locator(".bo-diff ins").First.InnerTextAsync(), StringComparison.Ordinal);
        await editor.ScreenshotAsync("04-history-diff.png");
        await editor.ClickAndWaitAsync(page.Locator(".bo-diff form button"));
        Assert.Equal("Så kan du stötta någon som lever med hedersrelaterat förtryck.", await page.Locator("#f-cultures-sv-properties-summary").InputValueAsync());

        await editor.ClickAndWaitAsync(page.Locator(".bo-links-row a", new() { HasText = "Förhandsgranska" }));
        Assert.True(await page.Locator(".preview-banner").IsVisibleAsync());
        await editor.ScreenshotAsync("05-preview.png");
    }

    [Fact]
    public async Task Upload_an_image_with_alt_text()
    {
        await using var editor = await BackofficeBrowser.SignInAsync(host, BackofficeRoles.Editors);
        var page = editor.Page;
        await editor.GoAsync("/umbraco/media");

        await page.Locator("#upload-file").SetInputFilesAsync(new FilePayload { Name = "karta.png", MimeType = "image/png", Buffer = Media.MediaSamples.Png });
        await page.Locator("#alt-sv").FillAsync("Karta över Stockholms län");
        await page.Locator("#alt-en").FillAsync("Map of Stockholm county");
        await editor.ClickAndWaitAsync(page.Locator("form[action='/umbraco/media/upload'] button"));

        Assert.Equal("Filen laddades upp.", await page.Locator(".bo-notice p").InnerTextAsync());
        Assert.Equal("Karta över Stockholms län", await page.Locator("img.bo-media-preview").GetAttributeAsync("alt"));
        await editor.ScreenshotAsync("06-media-item.png");
    }
}
