using Hedershus.Web.Backoffice.DashboardSection;
using System.Net;
using AngleSharp.Html.Dom;
using Hedershus.Core.Identity;
using Hedershus.Tests.Infrastructure;
using Hedershus.Tests.Workflow;

namespace Hedershus.Tests.Backoffice.Ui;

/// <summary>The start page (dashboard) and the audit log page.</summary>
public abstract class DashboardPagesTests(HostFixture host) : IDisposable
{
    private readonly WorkflowStory _story = new(host);

    private static object Phone(string label, string verifiedOn) => new
    {
        contentType = "phoneNumberBlock",
        key = Guid.NewGuid(),
        properties = new { label, number = "020-12 34 56", verifiedOn, source = "test" },
    };

    private static bool Lists(IHtmlDocument page, string panel, Guid node) =>
        page.QuerySelectorAll($"#{panel} a").Any(a => a.GetAttribute("href")!.StartsWith($"/umbraco/content/{node}", StringComparison.Ordinal));

    [Fact]
    public async Task The_start_page_shows_what_needs_attention_the_review_queue_and_recent_activity()
    {
        var home = await _story.CreateHomeAsync(new { title = "Hem", crisisNumbers = new[] { Phone("Stödlinjen", "2025-01-01") } });
        var stale = await _story.CreateGuidanceAsync(home, new { lastReviewed = "2024-01-01" });
        await _story.SaveAndPublishAsync(stale, "sv", WorkflowStory.Guidance("Ändrad svensk text"));
        await _story.SaveAndPublishAsync(stale, "en", WorkflowStory.Guidance("Machine text", needsNativeReview: true));
        await _story.SaveAndPublishAsync(stale, "sv", WorkflowStory.Guidance("Ändrad igen"));
        var writer = new BackofficeContentStory(await BackofficeSession.SignInAsync(host.Factory, BackofficeRoles.Writers));
        await writer.SaveAsync(stale, "sv", ("cultures.sv.properties.summary", "För granskning."));
        var (sent, _) = await writer.Session.SubmitAsync(await writer.EditPageAsync(stale), "form.bo-send-review");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var editor = await BackofficeSession.SignInAsync(host.Factory, BackofficeRoles.Editors);

        var (response, page) = await editor.GetAsync("/umbraco");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        foreach (var (panel, list, idField) in new[] { ("overdue-reviews", "overdue-reviews", "id"), ("outdated-translations", "outdated-translations", "id"),
                     ("unreviewed-translations", "unreviewed-translations", "id"), ("unverified-numbers", "unverified-numbers", "nodeId") })
        {
            await AssertPanelShowsListAsync(page, panel, list, idField);
        }

        Assert.True(Lists(page, "review-queue", stale));
        Assert.True(Lists(page, "recent-activity", stale));
        Assert.NotNull(page.QuerySelector("#recent-activity a[href='/umbraco/audit-log']"));

        var (_, asWriter) = await writer.Session.GetAsync("/umbraco");
        Assert.NotNull(asWriter.QuerySelector("#review-queue"));
        Assert.Null(asWriter.QuerySelector("#recent-activity"));
        using var seminars = await BackofficeSession.SignInAsync(host.Factory, BackofficeRoles.SeminarManagers);
        var (_, asSeminarManager) = await seminars.GetAsync("/umbraco");
        Assert.Null(asSeminarManager.QuerySelector("#overdue-reviews"));
    }

    /// <summary>The panel shows the API list's total and its first items in the same order (other tests add items too).</summary>
    private async Task AssertPanelShowsListAsync(IHtmlDocument page, string panel, string list, string idField)
    {
        var answer = await ManagementClient.ExpectAsync(await _story.Api.Http.GetAsync($"{ManagementClient.Base}/dashboard/{list}?take=10"), HttpStatusCode.OK);
        var total = answer["total"]!.GetValue<long>();
        Assert.True(total > 0, $"{list} is empty");
        Assert.Contains($"({total})", page.QuerySelector($"#{panel} h3")!.TextContent, StringComparison.Ordinal);
        var expected = answer["items"]!.AsArray().Select(i => $"/umbraco/content/{i![idField]!.GetValue<Guid>()}").ToList();
        var shown = page.QuerySelectorAll($"#{panel} li > a").Select(a => a.GetAttribute("href")!.Split('?')[0]).ToList();
        Assert.Equal(expected, shown);
    }

    [Fact]
    public async Task The_dashboard_and_the_site_report_list_the_same_unverified_numbers()
    {
        var home = await _story.CreateHomeAsync(new { title = "Hem", crisisNumbers = new[] { Phone("Gammal linje", "2025-06-01"), Phone("Ny linje", "2026-02-25") } });
        var dashboard = await ManagementClient.ExpectAsync(await _story.Api.Http.GetAsync($"{ManagementClient.Base}/dashboard/unverified-numbers?take=500"), HttpStatusCode.OK);
        var report = await ManagementClient.ExpectAsync(await _story.Api.Http.GetAsync($"{ManagementClient.Base}/reports/unverified-numbers"), HttpStatusCode.OK);

        string[] Labels(System.Text.Json.Nodes.JsonNode answer) =>
            answer["items"]!.AsArray().Where(i => i!["nodeId"]!.GetValue<Guid>() == home).Select(i => i!["label"]!.GetValue<string>()).ToArray();
        Assert.Equal(["Gammal linje"], Labels(dashboard));
        Assert.Equal(Labels(report), Labels(dashboard));
    }

    [Fact]
    public async Task The_audit_log_filters_by_user_node_culture_action_and_day()
    {
        var home = await _story.CreateHomeAsync();
        var page = await _story.CreateGuidanceAsync(home);
        var writer = new BackofficeContentStory(await BackofficeSession.SignInAsync(host.Factory, BackofficeRoles.Writers));
        await writer.SaveAsync(page, "en", ("cultures.en.properties.summary", "Writer's English."));
        var editor = await BackofficeSession.SignInAsync(host.Factory, BackofficeRoles.Editors);
        var (_, log) = await editor.GetAsync("/umbraco/audit-log");
        var writerId = log.QuerySelectorAll("#audit-user option").Single(o => o.TextContent.StartsWith("writers-", StringComparison.Ordinal)
            && o.TextContent.Contains(writer.Session.Email, StringComparison.Ordinal)).GetAttribute("value")!;
        var today = host.Factory.Clock.GetUtcNow().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var (response, filtered) = await editor.GetAsync($"/umbraco/audit-log?user={writerId}&node={page}&culture=en&action=content&from={today}&to={today}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = filtered.QuerySelectorAll("#audit-rows tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray()).ToList();
        var row = Assert.Single(rows);
        Assert.Equal([writer.Session.Email, "content.saved", "en"], [row[1], row[2], row[4]]);
        var (_, tomorrow) = await editor.GetAsync($"/umbraco/audit-log?node={page}&from={DateTime.Parse(today, System.Globalization.CultureInfo.InvariantCulture).AddDays(1):yyyy-MM-dd}");
        Assert.Empty(tomorrow.QuerySelectorAll("#audit-rows tbody tr"));
        var (_, published) = await editor.GetAsync($"/umbraco/audit-log?node={page}&action=content.published");
        Assert.Equal(2, published.QuerySelectorAll("#audit-rows tbody tr").Length);
    }

    [Fact]
    public async Task A_long_attention_list_links_from_its_panel_to_a_page_of_its_own_that_holds_every_item()
    {
        var home = await _story.CreateHomeAsync();
        var pages = new List<Guid>();
        for (var i = 0; i <= DashboardModel.PanelSize; i++)
        {
            var page = await _story.CreateGuidanceAsync(home);
            await _story.SaveAndPublishAsync(page, "en", WorkflowStory.Guidance("Machine text", needsNativeReview: true));
            pages.Add(page);
        }

        var editor = await BackofficeSession.SignInAsync(host.Factory, BackofficeRoles.Editors);
        var (_, start) = await editor.GetAsync("/umbraco");
        var more = start.QuerySelector("#unreviewed-translations a[href='/umbraco/attention/unreviewed-translations']");
        Assert.NotNull(more);

        var listed = new HashSet<string>();
        var next = more.GetAttribute("href");
        for (var visited = 0; next is not null && visited < 20; visited++)
        {
            var (response, list) = await editor.GetAsync(next);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            listed.UnionWith(list.QuerySelectorAll("#unreviewed-translations li a").Select(a => a.GetAttribute("href")!));
            next = list.QuerySelector(".bo-links-row a:last-child[href*='skip=']") is { } link && link.TextContent == "Nästa sida" ? link.GetAttribute("href") : null;
        }

        Assert.All(pages, page => Assert.Contains($"/umbraco/content/{page}?culture=en", listed));
        var (unknown, _) = await editor.GetAsync("/umbraco/attention/everything");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        using var seminars = await BackofficeSession.SignInAsync(host.Factory, BackofficeRoles.SeminarManagers);
        Assert.NotEqual(HttpStatusCode.OK, (await seminars.GetAsync("/umbraco/attention/unreviewed-translations")).Response.StatusCode);
    }

    [Fact]
    public async Task The_audit_log_filters_by_automation_and_the_system_too_which_have_no_user()
    {
        var page = await _story.CreateGuidanceAsync(await _story.CreateHomeAsync());
        var writer = new BackofficeContentStory(await BackofficeSession.SignInAsync(host.Factory, BackofficeRoles.Writers));
        await writer.SaveAsync(page, "en", ("cultures.en.properties.summary", "Writer's English."));
        var editor = await BackofficeSession.SignInAsync(host.Factory, BackofficeRoles.Editors);
        var (_, log) = await editor.GetAsync("/umbraco/audit-log");
        var automation = log.QuerySelectorAll("#audit-user option").Single(o => o.TextContent == "automation (Api-Key)").GetAttribute("value")!;

        var (response, filtered) = await editor.GetAsync($"/umbraco/audit-log?user={Uri.EscapeDataString(automation)}&node={page}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var actors = filtered.QuerySelectorAll("#audit-rows tbody tr").Select(r => r.QuerySelectorAll("td")[1].TextContent.Trim()).ToList();
        Assert.NotEmpty(actors);
        Assert.All(actors, actor => Assert.Equal("automation (Api-Key)", actor));
        Assert.Equal(automation, filtered.QuerySelector("#audit-user option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_bad_filter_is_a_400_with_the_reason_beside_its_field_and_writers_may_not_open_the_log()
    {
        var editor = await BackofficeSession.SignInAsync(host.Factory, BackofficeRoles.Editors);
        var (bad, page) = await editor.GetAsync("/umbraco/audit-log?node=not-a-page&from=2026-13-01");

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("true", page.QuerySelector("#audit-node")!.GetAttribute("aria-invalid"));
        Assert.Equal("Ange ett datum som ÅÅÅÅ-MM-DD.", page.QuerySelector("#audit-from-error")!.TextContent.Trim());
        Assert.Equal("not-a-page", page.QuerySelector("#audit-node")!.GetAttribute("value"));

        using var writer = await BackofficeSession.SignInAsync(host.Factory, BackofficeRoles.Writers);
        var (refused, _) = await writer.GetAsync("/umbraco/audit-log");
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
    }

    public void Dispose()
    {
        _story.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteDashboardPagesTests(SqliteHost host) : DashboardPagesTests(host), IClassFixture<SqliteHost>;

public sealed class PostgresDashboardPagesTests(PostgresHost host) : DashboardPagesTests(host), IClassFixture<PostgresHost>;
