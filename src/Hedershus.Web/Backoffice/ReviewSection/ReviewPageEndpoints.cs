using Hedershus.Core.Common;
using Hedershus.Core.Identity;
using Hedershus.Core.Reviews;
using Hedershus.Web.Backoffice.Components;
using Hedershus.Web.Backoffice.ContentSection;
using Hedershus.Web.Backoffice.Security;
using Hedershus.Web.Backoffice.Shell;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hedershus.Web.Backoffice.ReviewSection;

/// <summary>
/// The review workflow in the backoffice: writers send a culture from the node page; editors approve (which publishes)
/// or reject with a comment from the queue or the node page. Core checks who may do what.
/// </summary>
public static class ReviewPageEndpoints
{
    public const int QueuePageSize = 200;

    public static void MapReviewPages(this RouteGroupBuilder backoffice)
    {
        var group = backoffice.MapGroup("").RequireAuthorization(BackofficePolicies.Content);
        group.MapGet("/reviews", QueueAsync).WithName("BackofficeReviews");
        group.MapPost("/content/{id:guid}/reviews", SendAsync).WithName("BackofficeReviewSend");
        group.MapPost("/reviews/{reviewId:int}/approve", ApproveAsync).WithName("BackofficeReviewApprove");
        group.MapPost("/reviews/{reviewId:int}/reject", RejectAsync).WithName("BackofficeReviewReject");
        group.MapPost("/reviews/{reviewId:int}/withdraw", WithdrawAsync).WithName("BackofficeReviewWithdraw");
    }

    public static async Task<RazorComponentResult> QueueAsync(
        HttpContext http, string? notice, ReviewReader reviews, ICurrentActor actors, BackofficeShellFactory shells, CancellationToken cancellationToken)
    {
        var shell = await shells.CreateAsync(http, "reviews");
        var model = await ModelAsync(reviews, actors.Current, ContentNotices.Read(shell.T, notice), false, null, cancellationToken);
        return BackofficePages.Render<ReviewQueuePage>(shell, model);
    }

    private static async Task<IResult> SendAsync(
        Guid id, string? culture, HttpContext http, ReviewService reviews, ContentEditor editor, BackofficeShellFactory shells, CancellationToken cancellationToken)
    {
        var form = await http.Request.ReadFormAsync(cancellationToken);
        var code = editor.Culture(culture);
        try
        {
            await reviews.SendAsync(id, new SendForReviewRequest(code, form["message"], BackofficeLanguage.Of(http)), cancellationToken);
            return TypedResults.LocalRedirect($"/umbraco/content/{id}?culture={code}&notice=reviewsent");
        }
        catch (Exception e) when (e is InputValidationException or ConflictException)
        {
            return await ContentActionEndpoints.RefusedAsync(http, id, code, e, editor, shells, cancellationToken);
        }
    }

    private static Task<IResult> ApproveAsync(int reviewId, HttpContext http, ReviewService reviews, CancellationToken cancellationToken) =>
        DecideAsync(http, reviewId, "approved", form => reviews.ApproveAsync(reviewId, cancellationToken), cancellationToken);

    private static Task<IResult> RejectAsync(int reviewId, HttpContext http, ReviewService reviews, CancellationToken cancellationToken) =>
        DecideAsync(http, reviewId, "rejected", form => reviews.RejectAsync(reviewId, form["comment"], cancellationToken), cancellationToken);

    private static Task<IResult> WithdrawAsync(int reviewId, HttpContext http, ReviewService reviews, CancellationToken cancellationToken) =>
        DecideAsync(http, reviewId, "withdrawn", form => reviews.WithdrawAsync(reviewId, cancellationToken), cancellationToken);

    /// <summary>Redirects back where the form was (queue or node page); a refusal shows the queue with the reason.</summary>
    private static async Task<IResult> DecideAsync(
        HttpContext http, int reviewId, string notice, Func<IFormCollection, Task<ReviewView>> decide, CancellationToken cancellationToken)
    {
        var form = await http.Request.ReadFormAsync(cancellationToken);
        try
        {
            await decide(form);
            return TypedResults.LocalRedirect(WithNotice(BackofficePages.LocalOrStart(form["returnUrl"]), notice));
        }
        catch (Exception e) when (e is InputValidationException or ConflictException or NotFoundException)
        {
            var services = http.RequestServices;
            var shell = await services.GetRequiredService<BackofficeShellFactory>().CreateAsync(http, "reviews");
            var message = shell.T["Refused"] + " " + ContentNotices.Describe(shell.T, e);
            var model = await ModelAsync(services.GetRequiredService<ReviewReader>(), services.GetRequiredService<ICurrentActor>().Current, message, true, reviewId, cancellationToken);
            var status = e switch { ConflictException => StatusCodes.Status409Conflict, NotFoundException => StatusCodes.Status404NotFound, _ => StatusCodes.Status400BadRequest };
            return BackofficePages.Render<ReviewQueuePage>(shell, model, status);
        }
    }

    private static async Task<ReviewQueueModel> ModelAsync(
        ReviewReader reviews, Actor actor, string? notice, bool isError, int? failed, CancellationToken cancellationToken)
    {
        var pending = await reviews.ListAsync(new ReviewQuery { State = ReviewState.Pending }, 0, QueuePageSize, cancellationToken);
        var mine = actor.UserId is { } userId
            ? (await reviews.ListAsync(new ReviewQuery { RequestedByUserId = userId }, 0, 20, cancellationToken)).Items
            : [];
        return new ReviewQueueModel(pending.Items, pending.Total, mine, ReviewPermissions.MayDecide(actor), notice, isError, failed);
    }

    private static string WithNotice(string url, string notice) =>
        url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "notice=" + notice;
}
