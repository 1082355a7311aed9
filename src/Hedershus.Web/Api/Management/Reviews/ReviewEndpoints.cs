using Hedershus.Core.Common;
using Hedershus.Core.Identity;
using Hedershus.Core.Reviews;
using Hedershus.Web.Backoffice.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hedershus.Web.Api.Management.Reviews;

/// <summary>The review workflow: writers send a culture for review, editors approve (publish) or reject it.</summary>
public static class ReviewEndpoints
{
    public static RouteGroupBuilder MapReviewEndpoints(this RouteGroupBuilder management)
    {
        var group = management.MapGroup("/reviews").RequireAuthorization(BackofficePolicies.Content).WithTags("Reviews");
        group.MapGet("/", List).WithName("GetReviews");
        group.MapPost("/", Send).WithName("SendForReview");
        group.MapGet("/{id:int}", Get).WithName("GetReview");
        group.MapPost("/{id:int}/approve", Approve).WithName("ApproveReview");
        group.MapPost("/{id:int}/reject", Reject).WithName("RejectReview");
        group.MapPost("/{id:int}/withdraw", Withdraw).WithName("WithdrawReview");
        return management;
    }

    /// <summary>The queue is <c>?state=pending</c>; a node's history is <c>?documentId=…</c>; a writer's own is <c>?mine=true</c>.</summary>
    public static async Task<Ok<PagedResult<ReviewView>>> List(
        ReviewReader reviews, ICurrentActor actors, ReviewState? state, Guid? documentId, string? culture, bool? mine, int? skip, int? take,
        CancellationToken cancellationToken)
    {
        var query = new ReviewQuery
        {
            State = state,
            NodeId = documentId,
            Culture = culture,
            RequestedByUserId = mine == true ? actors.Current.UserId ?? "" : null,
        };
        return TypedResults.Ok(await reviews.ListAsync(query, Paging.Skip(skip), Paging.Take(take), cancellationToken));
    }

    public static async Task<Created<ReviewView>> Send(SendReviewRequest request, ReviewService reviews, CancellationToken cancellationToken)
    {
        var documentId = request.DocumentId ?? throw new InputValidationException("documentId", "Name the document to review.");
        var review = await reviews.SendAsync(documentId, new SendForReviewRequest(request.Culture, request.Message, request.Language), cancellationToken);
        return TypedResults.Created($"{ManagementApi.BasePath}/reviews/{review.Id}", review);
    }

    public static async Task<Ok<ReviewView>> Get(int id, ReviewReader reviews, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reviews.GetAsync(id, cancellationToken));

    public static async Task<Ok<ReviewView>> Approve(int id, ReviewService reviews, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reviews.ApproveAsync(id, cancellationToken));

    public static async Task<Ok<ReviewView>> Reject(int id, RejectReviewRequest request, ReviewService reviews, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reviews.RejectAsync(id, request.Comment, cancellationToken));

    public static async Task<Ok<ReviewView>> Withdraw(int id, ReviewService reviews, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reviews.WithdrawAsync(id, cancellationToken));
}

/// <param name="Language">The backoffice language of the writer ("sv" or "en"), for the e-mail if it comes back.</param>
public sealed record SendReviewRequest(Guid? DocumentId, string? Culture, string? Message, string? Language);

public sealed record RejectReviewRequest(string? Comment);
