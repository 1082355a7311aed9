using System.Net;
using Hedershus.Core.Data;
using Hedershus.Core.Identity;
using Hedershus.Core.Reviews;
using Hedershus.Tests.Infrastructure;
using Hedershus.Tests.Workflow;
using Microsoft.EntityFrameworkCore;

namespace Hedershus.Tests.Backoffice.Ui;

/// <summary>The review workflow through the backoffice pages: send from the node page, decide from the queue.</summary>
public abstract class ReviewPagesTests(HostFixture host) : IDisposable
{
    private readonly WorkflowStory _story = new(host);

    /// <summary>A published guidance page whose Swedish draft a writer has changed (so there is something to review).</summary>
    private async Task<(Guid Page, BackofficeContentStory Writer)> ChangedPageAsync()
    {
        var page = await _story.CreateGuidanceAsync(await _story.CreateHomeAsync());
        var writer = new BackofficeContentStory(await BackofficeSession.SignInAsync(host.Factory, BackofficeRoles.Writers));
        await writer.SaveAsync(page, "sv", ("cultures.sv.properties.summary", "Skribentens nya text."));
        return (page, writer);
    }

    private async Task<int> SendAsync(BackofficeContentStory writer, Guid page, string message = "Kan du titta?")
    {
        var (response, _) = await writer.Session.SubmitAsync(await writer.EditPageAsync(page), "form.bo-send-review", ("message", message));
        BackofficeSession.AssertRedirect(response, $"/umbraco/content/{page}?culture=sv&notice=reviewsent");
        return await _story.WithDatabaseAsync(db => db.ReviewRequests.Where(r => r.NodeKey == page && r.State == ReviewState.Pending).Select(r => r.Id).SingleAsync());
    }

    [Fact]
    public async Task A_writer_sends_for_review_and_an_editor_approves_from_the_queue_which_publishes()
    {
        var (page, writer) = await ChangedPageAsync();
        var review = await SendAsync(writer, page);

        var sent = await writer.EditPageAsync(page);
        Assert.Contains("Skickad för granskning", sent.QuerySelector("#review-pending")!.TextContent, StringComparison.Ordinal);
        Assert.Null(sent.QuerySelector($"form[action='/umbraco/reviews/{review}/approve']"));

        var editor = await BackofficeSession.SignInAsync(host.Factory, BackofficeRoles.Editors);
        var (_, queue) = await editor.GetAsync("/umbraco/reviews");
        var item = queue.QuerySelector($"#review-{review}")!;
        Assert.Contains("Kan du titta?", item.TextContent, StringComparison.Ordinal);
        var (approved, _) = await editor.SubmitAsync(queue, $"form[action='/umbraco/reviews/{review}/approve']");
        BackofficeSession.AssertRedirect(approved, "/umbraco/reviews?notice=approved");

        var document = await _story.Api.GetAsync(page);
        Assert.False(document["cultures"]!["sv"]!["hasUnpublishedChanges"]!.GetValue<bool>());
        var (_, after) = await editor.GetAsync("/umbraco/reviews?notice=approved");
        Assert.Null(after.QuerySelector($"#review-{review}"));
        Assert.Equal("Godkänt och publicerat.", after.QuerySelector(".bo-notice")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_rejection_needs_a_comment_and_the_writer_sees_it_in_the_editor()
    {
        var (page, writer) = await ChangedPageAsync();
        var review = await SendAsync(writer, page);
        var editor = new BackofficeContentStory(await BackofficeSession.SignInAsync(host.Factory, BackofficeRoles.Editors));
        var node = await editor.EditPageAsync(page);

        var (empty, refused) = await editor.Session.SubmitAsync(node, $"form[action='/umbraco/reviews/{review}/reject']", ("comment", " "));
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.NotNull(refused.QuerySelector($"#reject-error-{review}"));

        var (rejected, _) = await editor.Session.SubmitAsync(node, $"form[action='/umbraco/reviews/{review}/reject']", ("comment", "Skriv om ingressen."));
        BackofficeSession.AssertRedirect(rejected, $"/umbraco/content/{page}?culture=sv&notice=rejected");

        var returned = (await writer.EditPageAsync(page)).QuerySelector("#review-returned")!;
        Assert.Contains("Skriv om ingressen.", returned.TextContent, StringComparison.Ordinal);
        Assert.True((await _story.Api.GetAsync(page))["cultures"]!["sv"]!["hasUnpublishedChanges"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Saving_after_sending_withdraws_the_request_and_the_writer_can_send_again()
    {
        var (page, writer) = await ChangedPageAsync();
        var review = await SendAsync(writer, page);

        await writer.SaveAsync(page, "sv", ("cultures.sv.properties.summary", "Ändrad efter att den skickats."));

        var edited = await writer.EditPageAsync(page);
        Assert.Null(edited.QuerySelector("#review-pending"));
        Assert.NotNull(edited.QuerySelector("form.bo-send-review"));
        Assert.Equal(ReviewState.Withdrawn, await _story.WithDatabaseAsync(db => db.ReviewRequests.Where(r => r.Id == review).Select(r => r.State).SingleAsync()));
        Assert.NotEqual(review, await SendAsync(writer, page));
    }

    [Fact]
    public async Task Only_the_writer_who_sent_a_request_is_offered_to_withdraw_it()
    {
        var (page, writer) = await ChangedPageAsync();
        var review = await SendAsync(writer, page);
        var withdraw = $"form[action='/umbraco/reviews/{review}/withdraw']";
        var colleague = new BackofficeContentStory(await BackofficeSession.SignInAsync(host.Factory, BackofficeRoles.Writers));

        Assert.NotNull((await writer.EditPageAsync(page)).QuerySelector(withdraw));
        var seenByColleague = await colleague.EditPageAsync(page);
        Assert.NotNull(seenByColleague.QuerySelector("#review-pending"));
        Assert.Null(seenByColleague.QuerySelector(withdraw));

        var (refused, _) = await colleague.Session.PostAsync($"/umbraco/reviews/{review}/withdraw", ("returnUrl", $"/umbraco/content/{page}?culture=sv"));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(ReviewState.Pending, await _story.WithDatabaseAsync(db => db.ReviewRequests.Where(r => r.Id == review).Select(r => r.State).SingleAsync()));
    }

    [Fact]
    public async Task Sending_a_culture_that_is_waiting_already_is_a_conflict_shown_on_the_page()
    {
        var (page, writer) = await ChangedPageAsync();
        var form = await writer.EditPageAsync(page);
        await SendAsync(writer, page);

        var (again, refused) = await writer.Session.SubmitAsync(form, "form.bo-send-review");

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("väntar redan på granskning", refused.QuerySelector(".bo-notice-error")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_database_refuses_a_second_pending_request_for_the_same_node_and_culture()
    {
        var (page, writer) = await ChangedPageAsync();
        await SendAsync(writer, page);

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => _story.WithDatabaseAsync(async db =>
        {
            var first = await db.ReviewRequests.AsNoTracking().SingleAsync(r => r.NodeKey == page);
            db.ReviewRequests.Add(new ReviewRequest
            {
                NodeId = first.NodeId, NodeKey = page, Culture = "sv", State = ReviewState.Pending, Revision = first.Revision,
                RequestedByName = "racer", RequestedAt = first.RequestedAt,
            });
            return await db.SaveChangesAsync();
        }));
        Assert.NotNull(error.InnerException);
    }

    [Fact]
    public async Task Writers_see_the_queue_but_not_the_decision_forms()
    {
        var (page, writer) = await ChangedPageAsync();
        var review = await SendAsync(writer, page);

        var (response, queue) = await writer.Session.GetAsync("/umbraco/reviews");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(queue.QuerySelector($"#review-{review}"));
        Assert.Null(queue.QuerySelector($"form[action='/umbraco/reviews/{review}/approve']"));
        Assert.NotNull(queue.QuerySelector($"#my-reviews a[href^='/umbraco/content/{page}']"));
    }

    public void Dispose()
    {
        _story.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteReviewPagesTests(SqliteHost host) : ReviewPagesTests(host), IClassFixture<SqliteHost>;

public sealed class PostgresReviewPagesTests(PostgresHost host) : ReviewPagesTests(host), IClassFixture<PostgresHost>;
