using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hedershus.Core.Audit;
using Hedershus.Core.Content.Editing;
using Hedershus.Core.Identity;
using Hedershus.Tests.Infrastructure;
using Hedershus.Web.Backoffice.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Hedershus.Tests.Infrastructure.ManagementClient;

namespace Hedershus.Tests.Workflow;

public abstract class AuditLogTests(HostFixture host) : IDisposable
{
    private readonly WorkflowStory _story = new(host);

    private static async Task<JsonArray> ListAsync(HttpClient client, string query)
    {
        var answer = await ExpectAsync(await client.GetAsync($"{Base}/audit-log?{query}"), HttpStatusCode.OK);
        return answer["items"]!.AsArray();
    }

    [Fact]
    public async Task Every_content_change_is_recorded_with_who_when_which_node_and_culture()
    {
        var home = await _story.CreateHomeAsync();
        var page = await _story.CreateGuidanceAsync(home);
        var editor = await _story.SignInAsync(BackofficeRoles.Editors);

        await ExpectAsync(await _story.SaveAsync(editor.Http, page, "en", WorkflowStory.Guidance("Edited")), HttpStatusCode.OK);
        await ExpectAsync(await editor.Http.PostAsJsonAsync($"{Base}/documents/{page}/publish", new { cultures = new[] { "en" } }), HttpStatusCode.OK);
        await ExpectAsync(await editor.Http.PutAsJsonAsync($"{Base}/documents/{page}/schedule", new { culture = "en", unpublishAt = host.Factory.Clock.GetUtcNow().AddDays(3) }), HttpStatusCode.OK);
        await ExpectAsync(await editor.Http.PostAsJsonAsync($"{Base}/documents/{page}/unpublish", new { cultures = new[] { "en" } }), HttpStatusCode.OK);
        var versions = JsonNode.Parse(await editor.Http.GetStringAsync($"{Base}/documents/{page}/versions"))!.AsArray();
        await ExpectAsync(await editor.Http.PostAsJsonAsync($"{Base}/documents/{page}/versions/{versions[^1]!["id"]}/rollback", new { culture = "en" }), HttpStatusCode.OK);
        await ExpectAsync(await editor.Http.PostAsync($"{Base}/documents/{page}/trash", null), HttpStatusCode.NoContent);
        await ExpectAsync(await editor.Http.PostAsJsonAsync($"{Base}/documents/{page}/restore", new { }), HttpStatusCode.OK);
        await ExpectAsync(await editor.Http.PostAsJsonAsync($"{Base}/documents/{page}/move", new { parentId = home }), HttpStatusCode.OK);

        var rows = await _story.AuditRowsAsync(page);
        Assert.Equal([("content.created", "en"), ("content.created", "sv")], rows.Take(2).Select(r => (r.Action, r.Culture)));
        Assert.Equal([("content.published", "sv"), ("content.published", "en")], rows.Skip(2).Take(2).Select(r => (r.Action, r.Culture)));
        Assert.All(rows.Take(4), r => Assert.Equal((null, ApiKeyAuthenticationHandler.AutomationName), (r.ActorUserId, r.ActorName)));
        var byEditor = rows.Where(r => r.ActorUserId == editor.UserId).Select(r => (r.Action, r.Culture)).ToList();
        Assert.Equal(
            [("content.saved", "en"), ("content.published", "en"), ("content.scheduled", "en"), ("content.unpublished", "en"), ("content.rolled-back", "en"), ("content.trashed", null),
             ("content.restored", null), ("content.moved", null)],
            byEditor);
        Assert.All(rows.Where(r => r.ActorUserId == editor.UserId), r => Assert.Equal(editor.Email, r.ActorName));
        Assert.All(rows, r => Assert.Equal(host.Factory.Clock.GetUtcNow().UtcDateTime, r.OccurredAt));
    }

    [Fact]
    public async Task A_change_that_fails_leaves_no_audit_row()
    {
        var page = await _story.CreateGuidanceAsync(await _story.CreateHomeAsync());
        var writer = await _story.SignInAsync(BackofficeRoles.Writers);
        await ExpectAsync(await _story.SaveAsync(writer.Http, page, "en", WorkflowStory.Guidance("Machine", needsNativeReview: true)), HttpStatusCode.OK);
        var before = (await _story.AuditRowsAsync(page)).Count;

        // The audit row of this save is staged before the translation rule refuses it; the refusal rolls both back.
        await ExpectProblemAsync(await _story.SaveAsync(writer.Http, page, "en", WorkflowStory.Guidance("Machine")), HttpStatusCode.Forbidden);
        await ExpectProblemAsync(await writer.Http.PostAsJsonAsync($"{Base}/documents/{page}/publish", new { cultures = new[] { "xx" } }), HttpStatusCode.BadRequest);

        Assert.Equal(before, (await _story.AuditRowsAsync(page)).Count);
    }

    [Fact]
    public async Task The_log_filters_by_user_node_action_culture_and_time_and_pages()
    {
        var page = await _story.CreateGuidanceAsync(await _story.CreateHomeAsync());
        var editor = await _story.SignInAsync(BackofficeRoles.Editors);
        await ExpectAsync(await _story.SaveAsync(editor.Http, page, "sv", WorkflowStory.Guidance("Ett")), HttpStatusCode.OK);
        await ExpectAsync(await _story.SaveAsync(editor.Http, page, "en", WorkflowStory.Guidance("Two")), HttpStatusCode.OK);
        await ExpectAsync(await editor.Http.PostAsJsonAsync($"{Base}/documents/{page}/publish", new { cultures = new[] { "sv" } }), HttpStatusCode.OK);
        var now = Uri.EscapeDataString(host.Factory.Clock.GetUtcNow().ToString("O"));
        var later = Uri.EscapeDataString(host.Factory.Clock.GetUtcNow().AddMinutes(1).ToString("O"));

        var mine = await ListAsync(editor.Http, $"userId={editor.UserId}");
        // Newest first; publishing changed Swedish text also marked the English outdated, in the editor's name.
        Assert.Equal(
            ["translation.marked-outdated", "content.published", "content.saved", "content.saved"],
            mine.Select(r => r!["action"]!.GetValue<string>()));
        Assert.All(mine, r => Assert.Equal(page, r!["nodeKey"]!.GetValue<Guid>()));
        Assert.Equal(2, (await ListAsync(editor.Http, $"userId={editor.UserId}&action=content.saved")).Count);
        Assert.Equal(3, (await ListAsync(editor.Http, $"userId={editor.UserId}&action=content")).Count);
        Assert.Equal(2, (await ListAsync(editor.Http, $"userId={editor.UserId}&culture=en")).Count);
        Assert.Single(await ListAsync(editor.Http, $"userId={editor.UserId}&culture=en&action=content"));
        Assert.Equal(4, (await ListAsync(editor.Http, $"documentId={page}&userId={editor.UserId}&from={now}&to={later}")).Count);
        Assert.Empty(await ListAsync(editor.Http, $"documentId={page}&to={now}"));
        var paged = await ExpectAsync(await editor.Http.GetAsync($"{Base}/audit-log?documentId={page}&skip=1&take=2"), HttpStatusCode.OK);
        Assert.True(paged["total"]!.GetValue<long>() >= 5);
        Assert.Equal(2, paged["items"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_scheduled_publish_is_recorded_as_done_by_the_system_and_approves_the_pending_review()
    {
        var page = await _story.CreateGuidanceAsync(await _story.CreateHomeAsync());
        var writer = await _story.SignInAsync(BackofficeRoles.Writers);
        await ExpectAsync(await _story.SaveAsync(writer.Http, page, "en", WorkflowStory.Guidance("Scheduled English")), HttpStatusCode.OK);
        var review = await ExpectAsync(await writer.Http.PostAsJsonAsync($"{Base}/reviews", new { documentId = page, culture = "en" }), HttpStatusCode.Created);
        await ExpectAsync(await _story.Api.Http.PutAsJsonAsync($"{Base}/documents/{page}/schedule", new { culture = "en", publishAt = host.Factory.Clock.GetUtcNow().AddMinutes(5) }), HttpStatusCode.OK);

        host.Factory.Clock.Advance(TimeSpan.FromMinutes(10));
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<ScheduledPublishingJob>().RunDueAsync(CancellationToken.None));
        }

        var published = (await _story.AuditRowsAsync(page)).Last(r => r.Action == "content.published");
        Assert.Equal(("en", null, "system"), (published.Culture, published.ActorUserId, published.ActorName));
        var closed = await ExpectAsync(await writer.Http.GetAsync($"{Base}/reviews/{review["id"]}"), HttpStatusCode.OK);
        Assert.Equal(("Approved", "system"), (closed["state"]!.GetValue<string>(), closed["decidedBy"]!.GetValue<string>()));

        var bySystem = await ListAsync(_story.Api.Http, $"actorName=system&documentId={page}");
        Assert.Equal(["content.published", "review.approved"], bySystem.Select(r => r!["action"]!.GetValue<string>()).Distinct().Order(StringComparer.Ordinal));
        Assert.All(bySystem, r => Assert.Null(r!["userId"]));
    }

    [Fact]
    public async Task Media_changes_are_recorded_by_the_item_they_touched()
    {
        var editor = await _story.SignInAsync(BackofficeRoles.Editors);
        var folder = await ExpectAsync(await editor.Http.PostAsJsonAsync($"{Base}/media/folders", new { name = "Bilder " + Guid.NewGuid().ToString("N")[..6] }), HttpStatusCode.Created);
        var key = folder["id"]!.GetValue<Guid>().ToString();
        await ExpectAsync(await editor.Http.DeleteAsync($"{Base}/media/{key}"), HttpStatusCode.NoContent);

        var rows = await ListAsync(editor.Http, $"userId={editor.UserId}&action=media");

        Assert.Equal([("media.deleted", key), ("media.created", key)], rows.Select(r => (r!["action"]!.GetValue<string>(), r["target"]!.GetValue<string>())));
    }

    [Fact]
    public async Task Editors_and_administrators_read_the_log_writers_and_translators_may_not()
    {
        var writer = await _story.SignInAsync(BackofficeRoles.Writers);
        var translator = await _story.SignInAsync(BackofficeRoles.Translators);
        var administrator = await _story.SignInAsync(BackofficeRoles.Administrators);

        Assert.Equal(HttpStatusCode.Forbidden, (await writer.Http.GetAsync($"{Base}/audit-log")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await translator.Http.GetAsync($"{Base}/dashboard/recent-activity")).StatusCode);
        await ExpectAsync(await administrator.Http.GetAsync($"{Base}/audit-log"), HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await administrator.Http.DeleteAsync($"{Base}/audit-log")).StatusCode);
    }

    [Fact]
    public async Task The_database_refuses_to_change_or_remove_an_audit_row()
    {
        var page = await _story.CreateGuidanceAsync(await _story.CreateHomeAsync());
        var id = (await _story.AuditRowsAsync(page))[0].Id;

        var update = await Record.ExceptionAsync(() => _story.WithDatabaseAsync(db =>
            db.AuditEntries.Where(e => e.Id == id).ExecuteUpdateAsync(s => s.SetProperty(e => e.ActorName, "someone else"))));
        var delete = await Record.ExceptionAsync(() => _story.WithDatabaseAsync(db => db.AuditEntries.Where(e => e.Id == id).ExecuteDeleteAsync()));

        Assert.Contains(AuditAppendOnly.Message, update?.Message ?? "", StringComparison.Ordinal);
        Assert.Contains(AuditAppendOnly.Message, delete?.Message ?? "", StringComparison.Ordinal);
        Assert.Equal(ApiKeyAuthenticationHandler.AutomationName, (await _story.AuditRowsAsync(page))[0].ActorName);
    }

    public void Dispose()
    {
        _story.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteAuditLogTests(SqliteHost host) : AuditLogTests(host), IClassFixture<SqliteHost>;

public sealed class PostgresAuditLogTests(PostgresHost host) : AuditLogTests(host), IClassFixture<PostgresHost>;
