using Hedershus.Core.Identity;
using Hedershus.Tests.Site.Browser;
using Microsoft.Playwright;

namespace Hedershus.Tests.Backoffice.Browser;

/// <summary>Every backoffice page type passes axe-core (WCAG 2.1 A/AA), and the tree works by keyboard alone.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BackofficeAccessibilityBrowserTests(BrowserHost host)
{
    [Theory]
    [InlineData("sv")]
    [InlineData("en")]
    public async Task Every_backoffice_page_type_passes_axe_wcag21_aa(string language)
    {
        await using var editor = await BackofficeBrowser.SignInAsync(host, BackofficeRoles.Administrators);
        var page = editor.Page;
        var failures = new List<string>();
        await editor.GoAsync("/umbraco");
        if (language == "en")
        {
            await page.Locator("#bo-language").SelectOptionAsync("en");
            await editor.ClickAndWaitAsync(page.Locator("form[action='/umbraco/language'] button"));
        }

        failures.AddRange(await editor.AxeAsync());
        await editor.GoAsync("/umbraco/content");
        failures.AddRange(await editor.AxeAsync());
        var home = (await page.Locator(".bo-tree-list > li > a").First.GetAttributeAsync("href"))!.Split('?')[0];
        var child = await FirstChildAsync(editor, home);
        foreach (var path in new[]
        {
            $"{child}?culture=sv", $"{child}?culture=en&source=sv", $"{child}/versions?culture=sv", $"{home}?culture=sv",
            "/umbraco/content/recycle-bin", "/umbraco/content/redirects", "/umbraco/media", "/umbraco/dictionary?culture=ar",
            $"/umbraco/preview/{child.Split('/')[^1]}?culture=sv",
            "/umbraco/reviews", "/umbraco/audit-log", "/umbraco/attention/outdated-translations", "/umbraco/users", "/umbraco/users/new", "/umbraco/account",
        })
        {
            await editor.GoAsync(path);
            failures.AddRange(await editor.AxeAsync());
        }

        // The audit log's filters shown again with errors (400), a content form with errors, and a media item page.
        Assert.Equal(400, (await page.GotoAsync(editor.BaseUrl + "/umbraco/audit-log?node=x&from=2026-13-01"))!.Status);
        failures.AddRange(await editor.AxeAsync());
        await editor.GoAsync($"{child}?culture=sv");
        await page.Locator("#f-cultures-sv-segment").FillAsync("Inte en giltig adress!");
        await editor.ClickAndWaitAsync(page.Locator("form.bo-form .bo-form-actions button"));
        Assert.True(await page.Locator(".bo-error-summary").IsVisibleAsync(), "The form should come back with its errors.");
        failures.AddRange(await editor.AxeAsync());
        await editor.GoAsync("/umbraco/media");
        await page.Locator("#upload-file").SetInputFilesAsync(new FilePayload { Name = "a11y.png", MimeType = "image/png", Buffer = Media.MediaSamples.Png });
        await page.Locator("#alt-sv").FillAsync("Testbild");
        await editor.ClickAndWaitAsync(page.Locator("form[action='/umbraco/media/upload'] button"));
        failures.AddRange(await editor.AxeAsync());

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task The_tree_opens_and_is_followed_with_the_keyboard_alone()
    {
        await using var editor = await BackofficeBrowser.SignInAsync(host, BackofficeRoles.Editors);
        var page = editor.Page;
        await editor.GoAsync("/umbraco/content");
        var toggle = page.Locator(".bo-tree-list > li > .bo-tree-toggle").First;
        var children = page.Locator("#" + await toggle.GetAttributeAsync("aria-controls"));

        await toggle.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await children.Locator("li a").First.WaitForAsync();
        Assert.Equal("true", await toggle.GetAttributeAsync("aria-expanded"));
        Assert.True(await children.IsVisibleAsync());

        await page.Keyboard.PressAsync("Tab"); // the node's own link
        await page.Keyboard.PressAsync("Tab"); // the first child's toggle or link
        if (await page.EvaluateAsync<bool>("() => document.activeElement.classList.contains('bo-tree-toggle')"))
        {
            await page.Keyboard.PressAsync("Tab");
        }

        var target = await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')");
        await BackofficeBrowser.RunAndWaitForPageAsync(page, () => page.Keyboard.PressAsync("Enter"));
        Assert.EndsWith(target, page.Url, StringComparison.Ordinal);
        Assert.Equal("page", await page.Locator(".bo-tree a[aria-current=page]").GetAttributeAsync("aria-current"));

        await page.Keyboard.PressAsync("Space"); // collapse again with the same toggle
        await editor.GoAsync("/umbraco/content");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Hoppa till innehållet", await page.EvaluateAsync<string>("() => document.activeElement.innerText"));
    }

    private static async Task<string> FirstChildAsync(BackofficeBrowser editor, string home)
    {
        await editor.GoAsync(home + "?culture=sv");
        var href = await editor.Page.Locator($".bo-tree a[aria-current=page] ~ ul a").First.GetAttributeAsync("href");
        return href!.Split('?')[0];
    }
}
