using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hedershus.Core.Audit;
using Hedershus.Core.Content.Published;
using Hedershus.Core.Identity;
using Hedershus.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Hedershus.Tests.Infrastructure.ManagementClient;

namespace Hedershus.Tests.Workflow;

public abstract class ReviewWorkflowTests(HostFixture host) : IDisposable
{
    private readonly WorkflowStory _story = new(host);

    private PublishedSnapshot Snapshot => host.Factory.Services.GetRequiredService<PublishedSnapshotService>().Current;

    private async Task<(Guid Page, Person Writer, JsonObject Review)> SentChangeAsync(string body = "Ny text", string? language = null)
    {
        var page = await _story.CreateGuidanceAsync(await _story.CreateHomeAsync());
        var writer = await _story.SignInAsync(BackofficeRoles.Writers);
        await ExpectAsync(await _story.SaveAsync(writer.Http, page, "sv", WorkflowStory.Guidance(body)), HttpStatusCode.OK);
        var review = await ExpectAsync(
            await writer.Http.PostAsJsonAsync($"{Base}/reviews", new { documentId = page, culture = "sv", message = "Kan du titta?", language }), HttpStatusCode.Created);
        return (page, writer, review);
    }

    private static string Summary(PublishedContent content, string culture) => content.Cultures[culture].Properties["summary"].GetString()!;

    [Fact]
    public async Task An_editor_approves_a_writers_change_and_it_is_published_with_its_history()
    {
        var (page, writer, review) = await SentChangeAsync();
        var editor = await _story.SignInAsync(BackofficeRoles.Editors);

        var queue = await ExpectAsync(await editor.Http.GetAsync($"{Base}/dashboard/review-queue?take=500"), HttpStatusCode.OK);
        Assert.Contains(queue["items"]!.AsArray(), item => item!["id"]!.GetValue<int>() == review["id"]!.GetValue<int>() && item["message"]!.GetValue<string>() == "Kan du titta?");
        Assert.Equal("Svensk text", Summary(Snapshot.Find(page)!, "sv"));

        var approved = await ExpectAsync(await editor.Http.PostAsync($"{Base}/reviews/{review["id"]}/approve", null), HttpStatusCode.OK);

        Assert.Equal("Approved", approved["state"]!.GetValue<string>());
        Assert.Equal(editor.Email, approved["decidedBy"]!.GetValue<string>());
        Assert.Equal("Ny text", Summary(Snapshot.Find(page)!, "sv"));
        Assert.Equal("English text", Summary(Snapshot.Find(page)!, "en"));
        var history = await ExpectAsync(await writer.Http.GetAsync($"{Base}/reviews?documentId={page}"), HttpStatusCode.OK);
        Assert.Single(history["items"]!.AsArray());
        var actions = (await _story.AuditRowsAsync(page)).Select(e => (e.Action, e.ActorUserId)).ToList();
        Assert.Contains((AuditActions.ReviewSent, writer.UserId), actions);
        Assert.Contains((AuditActions.ReviewApproved, editor.UserId), actions);
        Assert.Contains(("content.published", editor.UserId), actions);
    }

    [Fact]
    public async Task A_writer_may_not_approve_and_nothing_is_published()
    {
        var (page, writer, review) = await SentChangeAsync();

        var response = await writer.Http.PostAsync($"{Base}/reviews/{review["id"]}/approve", null);

        await ExpectProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Equal("Svensk text", Summary(Snapshot.Find(page)!, "sv"));
        var still = await ExpectAsync(await writer.Http.GetAsync($"{Base}/reviews/{review["id"]}"), HttpStatusCode.OK);
        Assert.Equal("Pending", still["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_rejection_needs_a_comment_and_is_mailed_to_the_writer_in_their_language()
    {
        var (page, writer, review) = await SentChangeAsync(language: "en");
        var editor = await _story.SignInAsync(BackofficeRoles.Editors);

        await ExpectProblemAsync(await editor.Http.PostAsJsonAsync($"{Base}/reviews/{review["id"]}/reject", new { comment = " " }), HttpStatusCode.BadRequest, "comment");
        var rejected = await ExpectAsync(
            await editor.Http.PostAsJsonAsync($"{Base}/reviews/{review["id"]}/reject", new { comment = "Källan saknas." }), HttpStatusCode.OK);

        Assert.Equal("Rejected", rejected["state"]!.GetValue<string>());
        Assert.Equal("Källan saknas.", rejected["comment"]!.GetValue<string>());
        Assert.Equal("Svensk text", Summary(Snapshot.Find(page)!, "sv"));
        var mail = await _story.WithDatabaseAsync(db => db.MailOutbox.AsNoTracking().SingleAsync(m => m.ToAddress == writer.Email));
        Assert.Equal("en", mail.Language);
        Assert.StartsWith("Returned from review", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("Källan saknas.", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Ny text", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Saving_the_culture_after_sending_withdraws_the_request_so_the_editor_never_approves_unseen_text()
    {
        var (page, writer, review) = await SentChangeAsync();
        var editor = await _story.SignInAsync(BackofficeRoles.Editors);

        await ExpectAsync(await _story.SaveAsync(writer.Http, page, "sv", WorkflowStory.Guidance("Ändrad igen")), HttpStatusCode.OK);
        var approve = await editor.Http.PostAsync($"{Base}/reviews/{review["id"]}/approve", null);

        await ExpectProblemAsync(approve, HttpStatusCode.Conflict);
        var withdrawn = await ExpectAsync(await writer.Http.GetAsync($"{Base}/reviews/{review["id"]}"), HttpStatusCode.OK);
        Assert.Equal("Withdrawn", withdrawn["state"]!.GetValue<string>());
        Assert.Equal("Svensk text", Summary(Snapshot.Find(page)!, "sv"));
        var resent = await writer.Http.PostAsJsonAsync($"{Base}/reviews", new { documentId = page, culture = "sv" });
        await ExpectAsync(resent, HttpStatusCode.Created);
    }

    [Fact]
    public async Task Saving_another_culture_keeps_the_request_and_a_second_request_for_the_same_culture_is_a_conflict()
    {
        var (page, writer, review) = await SentChangeAsync();

        await ExpectAsync(await _story.SaveAsync(writer.Http, page, "en", WorkflowStory.Guidance("Other English")), HttpStatusCode.OK);
        var again = await writer.Http.PostAsJsonAsync($"{Base}/reviews", new { documentId = page, culture = "sv" });

        await ExpectProblemAsync(again, HttpStatusCode.Conflict);
        var still = await ExpectAsync(await writer.Http.GetAsync($"{Base}/reviews/{review["id"]}"), HttpStatusCode.OK);
        Assert.Equal("Pending", still["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_approval_whose_publish_fails_changes_nothing_and_leaves_the_request_pending()
    {
        var (page, writer, review) = await SentChangeAsync(body: "");
        var editor = await _story.SignInAsync(BackofficeRoles.Editors);

        var approve = await editor.Http.PostAsync($"{Base}/reviews/{review["id"]}/approve", null);

        await ExpectProblemAsync(approve, HttpStatusCode.BadRequest, "cultures.sv.properties.summary");
        var still = await ExpectAsync(await writer.Http.GetAsync($"{Base}/reviews/{review["id"]}"), HttpStatusCode.OK);
        Assert.Equal("Pending", still["state"]!.GetValue<string>());
        Assert.DoesNotContain(await _story.AuditRowsAsync(page), e => e.Action == AuditActions.ReviewApproved);
    }

    [Fact]
    public async Task Sending_needs_a_culture_with_unpublished_changes()
    {
        var page = await _story.CreateGuidanceAsync(await _story.CreateHomeAsync());
        var writer = await _story.SignInAsync(BackofficeRoles.Writers);

        await ExpectProblemAsync(await writer.Http.PostAsJsonAsync($"{Base}/reviews", new { documentId = page, culture = "xx" }), HttpStatusCode.BadRequest, "culture");
        await ExpectProblemAsync(await writer.Http.PostAsJsonAsync($"{Base}/reviews", new { documentId = page, culture = "sv" }), HttpStatusCode.Conflict);
    }

    public void Dispose()
    {
        _story.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteReviewWorkflowTests(SqliteHost host) : ReviewWorkflowTests(host), IClassFixture<SqliteHost>;

public sealed class PostgresReviewWorkflowTests(PostgresHost host) : ReviewWorkflowTests(host), IClassFixture<PostgresHost>;
