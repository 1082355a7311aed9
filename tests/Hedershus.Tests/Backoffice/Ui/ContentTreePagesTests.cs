using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hedershus.Core.Identity;
using Hedershus.Tests.Infrastructure;

namespace Hedershus.Tests.Backoffice.Ui;

/// <summary>The content section's history, tree, preview and schedule pages, on the seed document types, without JavaScript.</summary>
public abstract class ContentTreePagesTests(HostFixture host)
{
    private async Task<BackofficeContentStory> EditorAsync() =>
        new(await BackofficeSession.SignInAsync(host.Factory, BackofficeRoles.Editors));

    [Fact]
    public async Task The_history_shows_a_readable_diff_per_property_and_rolls_back()
    {
        var story = await EditorAsync();
        var (_, guidance) = await story.CreatePublishedGuidanceAsync("Historik", "Den gamla ingressen.");
        await story.SaveAsync(guidance, "sv", ("cultures.sv.properties.summary", "Den nya ingressen."));
        var (_, versions) = await story.Session.GetAsync($"/umbraco/content/{guidance}/versions?culture=sv");
        var older = versions.QuerySelectorAll("table a[href*='version=']").Select(a => a.GetAttribute("href")!).First();

        var (_, diff) = await story.Session.GetAsync(older);

        var row = diff.QuerySelectorAll(".bo-diff dt").Single(dt => dt.TextContent.StartsWith("Ingress", StringComparison.Ordinal));
        var change = row.NextElementSibling!;
        Assert.Contains("gamla", change.QuerySelector("del")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("nya", change.QuerySelector("ins")!.TextContent, StringComparison.Ordinal);

        var (rolledBack, _) = await story.Session.SubmitAsync(diff, ".bo-diff form");
        BackofficeSession.AssertRedirect(rolledBack, $"/umbraco/content/{guidance}");
        Assert.Equal("Den gamla ingressen.", (await ApiAsync(guidance))["cultures"]!["sv"]!["properties"]!["summary"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_page_goes_to_the_recycle_bin_and_comes_back()
    {
        var story = await EditorAsync();
        var (_, guidance) = await story.CreatePublishedGuidanceAsync("Papperskorg", "Ingress.");

        var (trashed, _) = await story.Session.PostAsync($"/umbraco/content/{guidance}/trash");
        var (_, bin) = await story.Session.GetAsync("/umbraco/content/recycle-bin");
        var (restored, _) = await story.Session.SubmitAsync(bin, $"form[action='/umbraco/content/{guidance}/restore']");

        Assert.Equal(HttpStatusCode.Redirect, trashed.StatusCode);
        BackofficeSession.AssertRedirect(restored, $"/umbraco/content/{guidance}");
        Assert.False((await ApiAsync(guidance))["trashed"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Moving_a_published_page_lists_its_old_address_among_the_redirects()
    {
        var story = await EditorAsync();
        var (home, guidance) = await story.CreatePublishedGuidanceAsync("Flyttas", "Ingress.");
        var target = await story.CreateAsync("guidancePage", home, "Ny förälder");
        await story.SaveAsync(target, "sv", ("cultures.sv.properties.summary", "Förälder."), ("cultures.sv.properties.body", "<p>Text</p>"));
        await story.PublishAsync(target, "sv");

        var (moved, _) = await story.Session.PostAsync($"/umbraco/content/{guidance}/move?culture=sv", ("parentId", target.ToString()));
        var (_, redirects) = await story.Session.GetAsync("/umbraco/content/redirects");

        BackofficeSession.AssertRedirect(moved, $"/umbraco/content/{guidance}");
        Assert.Contains(redirects.QuerySelectorAll("table tbody tr"), row =>
            row.QuerySelector("code")!.TextContent == "/flyttas/" && row.QuerySelector($"a[href^='/umbraco/content/{guidance}']") is not null);
    }

    [Fact]
    public async Task Preview_renders_the_draft_as_the_public_page_with_a_banner_and_is_never_cached()
    {
        var story = await EditorAsync();
        var (_, guidance) = await story.CreatePublishedGuidanceAsync("Förhandsvisning", "Publicerad ingress.");
        await story.SaveAsync(guidance, "sv", ("cultures.sv.properties.summary", "Ännu inte publicerad ingress."));

        var (response, page) = await story.Session.GetAsync($"/umbraco/preview/{guidance}?culture=sv");
        using var anonymous = host.Factory.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector(".preview-banner a[href^='/umbraco/content/']"));
        Assert.NotNull(page.QuerySelector("#quick-exit"));
        Assert.Contains("Ännu inte publicerad ingress.", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync($"/umbraco/preview/{guidance}")).StatusCode);
    }

    [Fact]
    public async Task The_tree_loads_children_on_demand_and_children_can_be_sorted()
    {
        var story = await EditorAsync();
        var home = await story.CreateAsync("home", null, "Träd " + Guid.NewGuid().ToString("N")[..6]);
        var first = await story.CreateAsync("guidancePage", home, "Första");
        var second = await story.CreateAsync("guidancePage", home, "Andra");

        var (fragment, children) = await story.Session.GetAsync($"/umbraco/content/tree?parent={home}&culture=sv");
        Assert.Equal(HttpStatusCode.OK, fragment.StatusCode);
        Assert.Equal(["Första", "Andra"], children.QuerySelectorAll("li > a").Select(a => a.TextContent));

        var (sorted, _) = await story.Session.PostAsync($"/umbraco/content/{home}/sort?culture=sv", ($"order.{first}", "2"), ($"order.{second}", "1"));
        var (_, after) = await story.Session.GetAsync($"/umbraco/content/tree?parent={home}&culture=sv");

        BackofficeSession.AssertRedirect(sorted, $"/umbraco/content/{home}");
        Assert.Equal(["Andra", "Första"], after.QuerySelectorAll("li > a").Select(a => a.TextContent));
    }

    [Fact]
    public async Task An_unpublish_is_scheduled_in_utc()
    {
        var story = await EditorAsync();
        var (_, guidance) = await story.CreatePublishedGuidanceAsync("Schema", "Ingress.");

        var (response, _) = await story.Session.PostAsync($"/umbraco/content/{guidance}/schedule?culture=sv", ("publishAt", ""), ("unpublishAt", "2026-04-01T08:00"));

        BackofficeSession.AssertRedirect(response, $"/umbraco/content/{guidance}");
        Assert.Equal("2026-04-01T08:00:00Z", (await ApiAsync(guidance))["cultures"]!["sv"]!["unpublishAt"]!.GetValue<string>());
    }

    [Fact]
    public async Task One_language_is_unpublished_while_the_other_stays_on_the_site()
    {
        var story = await EditorAsync();
        var (home, guidance) = await story.CreatePublishedGuidanceAsync("Två språk", "Ingress.");
        await story.SaveAsync(home, "en", ("cultures.en.name", "Home"), ("cultures.en.properties.title", "Welcome"));
        await story.PublishAsync(home, "en");
        await story.SaveAsync(guidance, "en", ("cultures.en.name", "Two languages"), ("cultures.en.properties.summary", "Summary."), ("cultures.en.properties.body", "<p>Body.</p>"));
        await story.PublishAsync(guidance, "en");

        var (response, _) = await story.Session.PostAsync($"/umbraco/content/{guidance}/unpublish?culture=en", ("cultures", "en"));
        var page = await story.EditPageAsync(guidance, "sv");

        BackofficeSession.AssertRedirect(response, $"/umbraco/content/{guidance}");
        var cultures = (await ApiAsync(guidance))["cultures"]!;
        Assert.True(cultures["sv"]!["published"]!.GetValue<bool>());
        Assert.False(cultures["en"]!["published"]!.GetValue<bool>());
        Assert.Equal(["sv"], page.QuerySelectorAll("form[action*='/unpublish'] input[name=cultures]").Select(i => i.GetAttribute("value")));
    }

    private async Task<JsonObject> ApiAsync(Guid id)
    {
        using var api = new ManagementClient(host.Factory);
        return await api.GetAsync(id);
    }
}

public sealed class SqliteContentTreePagesTests(SqliteHost host) : ContentTreePagesTests(host), IClassFixture<SqliteHost>;

public sealed class PostgresContentTreePagesTests(PostgresHost host) : ContentTreePagesTests(host), IClassFixture<PostgresHost>;
