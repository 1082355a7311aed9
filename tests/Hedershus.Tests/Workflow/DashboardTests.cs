using System.Net;
using System.Text.Json.Nodes;
using Hedershus.Core.Identity;
using Hedershus.Tests.Infrastructure;
using static Hedershus.Tests.Infrastructure.ManagementClient;

namespace Hedershus.Tests.Workflow;

/// <summary>The "what needs attention" lists. The test clock stands at 2026-03-02.</summary>
public abstract class DashboardTests(HostFixture host) : IDisposable
{
    private readonly WorkflowStory _story = new(host);

    private static async Task<JsonArray> ListAsync(Person person, string list)
    {
        var answer = await ExpectAsync(await person.Http.GetAsync($"{Base}/dashboard/{list}?take=500"), HttpStatusCode.OK);
        return answer["items"]!.AsArray();
    }

    private static object Phone(string label, string verifiedOn) => new
    {
        contentType = "phoneNumberBlock",
        key = Guid.NewGuid(),
        properties = new { label, number = "020-50 50 50", verifiedOn, source = "test" },
    };

    [Fact]
    public async Task Pages_not_reviewed_within_a_year_are_due_for_review()
    {
        var home = await _story.CreateHomeAsync();
        var stale = await _story.CreateGuidanceAsync(home, new { lastReviewed = "2024-12-01" });
        var fresh = await _story.CreateGuidanceAsync(home, new { lastReviewed = "2026-01-15" });
        var never = await _story.CreateGuidanceAsync(home);
        var draftOnly = await _story.CreateGuidanceAsync(home, new { lastReviewed = "2020-01-01" }, publish: false);
        var writer = await _story.SignInAsync(BackofficeRoles.Writers);

        var due = await ListAsync(writer, "overdue-reviews");

        var staleItem = due.Single(i => i!["id"]!.GetValue<Guid>() == stale)!;
        Assert.Equal(new DateTime(2025, 12, 1, 0, 0, 0, DateTimeKind.Utc), staleItem["dueOn"]!.GetValue<DateTime>().ToUniversalTime());
        Assert.Contains(due, i => i!["id"]!.GetValue<Guid>() == never && i["lastReviewed"] is null);
        Assert.DoesNotContain(due, i => i!["id"]!.GetValue<Guid>() == fresh);
        Assert.DoesNotContain(due, i => i!["id"]!.GetValue<Guid>() == draftOnly);
        Assert.DoesNotContain(due, i => i!["id"]!.GetValue<Guid>() == home);
    }

    [Fact]
    public async Task Helpline_numbers_not_verified_for_90_days_are_listed_once_each()
    {
        var home = await _story.CreateHomeAsync(
            new { title = "Hem", crisisNumbers = new[] { Phone("Gammalt nummer", "2025-11-20"), Phone("Nytt nummer", "2026-02-20") } },
            new { title = "Home", crisisNumbers = new[] { Phone("Old number", "2025-10-01") } });
        var editor = await _story.SignInAsync(BackofficeRoles.Editors);

        var numbers = (await ListAsync(editor, "unverified-numbers")).Where(i => i!["nodeId"]!.GetValue<Guid>() == home).ToList();

        Assert.Equal(["Old number", "Gammalt nummer"], numbers.Select(n => n!["label"]!.GetValue<string>()));
        Assert.Equal("020-50 50 50", numbers[0]!["number"]!.GetValue<string>());
    }

    [Fact]
    public async Task Recent_activity_shows_the_newest_changes_first_to_editors()
    {
        var page = await _story.CreateGuidanceAsync(await _story.CreateHomeAsync());
        var editor = await _story.SignInAsync(BackofficeRoles.Editors);
        await ExpectAsync(await _story.SaveAsync(editor.Http, page, "en", WorkflowStory.Guidance("Latest")), HttpStatusCode.OK);

        var activity = await ExpectAsync(await editor.Http.GetAsync($"{Base}/dashboard/recent-activity"), HttpStatusCode.OK);

        var newest = activity["items"]!.AsArray()[0]!;
        Assert.Equal(("content.saved", page, "en", editor.Email),
            (newest["action"]!.GetValue<string>(), newest["nodeKey"]!.GetValue<Guid>(), newest["culture"]!.GetValue<string>(), newest["actorName"]!.GetValue<string>()));
        Assert.True(activity["items"]!.AsArray().Count <= 20);
    }

    [Fact]
    public async Task Dashboard_lists_belong_to_the_content_section()
    {
        var seminarManager = await _story.SignInAsync(BackofficeRoles.SeminarManagers);

        foreach (var list in new[] { "overdue-reviews", "outdated-translations", "unreviewed-translations", "unverified-numbers", "review-queue" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await seminarManager.Http.GetAsync($"{Base}/dashboard/{list}")).StatusCode);
        }
    }

    public void Dispose()
    {
        _story.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteDashboardTests(SqliteHost host) : DashboardTests(host), IClassFixture<SqliteHost>;

public sealed class PostgresDashboardTests(PostgresHost host) : DashboardTests(host), IClassFixture<PostgresHost>;
