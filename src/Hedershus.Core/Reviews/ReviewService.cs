using Hedershus.Core.Audit;
using Hedershus.Core.Common;
using Hedershus.Core.Content.Editing;
using Hedershus.Core.Data;
using Hedershus.Core.Identity;
using Hedershus.Core.Mail;
using Microsoft.EntityFrameworkCore;

namespace Hedershus.Core.Reviews;

/// <summary>
/// The review workflow: a writer sends one culture of a node for review; an editor approves (which publishes it, in
/// the same transaction) or rejects it with a comment, which is e-mailed to the writer. A change to the culture after
/// sending withdraws the request (see <see cref="ReviewContentEventHandler"/>), so what is approved is what was sent.
/// </summary>
public sealed class ReviewService(
    HedershusDbContext db,
    CultureCatalog cultures,
    ContentTransaction transaction,
    PublishingService publishing,
    ReviewReader reader,
    ICurrentActor actors,
    IAuditLog audit,
    Outbox outbox,
    OutboxSignal outboxSignal,
    TimeProvider clock)
{
    public async Task<ReviewView> SendAsync(Guid key, SendForReviewRequest request, CancellationToken cancellationToken)
    {
        var actor = actors.Current;
        if (!ReviewPermissions.MaySend(actor))
        {
            throw new ForbiddenException("Your user group may not send content for review.");
        }

        var node = await db.GetNodeAsync(key, cancellationToken);
        var culture = cultures.Normalize(request.Culture) ?? throw new InputValidationException("culture", $"'{request.Culture}' is not a culture of this site.");
        CheckSendable(node, culture, request.Message);
        if (await db.ReviewRequests.AnyAsync(r => r.NodeId == node.Id && r.Culture == culture && r.State == ReviewState.Pending, cancellationToken))
        {
            throw new ConflictException($"'{culture}' of this node is waiting for review already.");
        }

        var review = new ReviewRequest
        {
            NodeId = node.Id,
            NodeKey = node.Key,
            Culture = culture,
            State = ReviewState.Pending,
            Revision = node.Revision,
            Message = string.IsNullOrWhiteSpace(request.Message) ? null : request.Message.Trim(),
            RequestedByUserId = actor.UserId,
            RequestedByName = actor.Name,
            RequesterLanguage = request.Language is { } language && language.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : "sv",
            RequestedAt = clock.GetUtcNow().UtcDateTime,
        };
        await SaveSentAsync(review, cancellationToken);
        return await reader.GetAsync(review.Id, cancellationToken);
    }

    /// <summary>Publishes the culture as it was sent and closes the request, in one transaction.</summary>
    public async Task<ReviewView> ApproveAsync(int id, CancellationToken cancellationToken)
    {
        var review = await PendingForDecisionAsync(id, cancellationToken);
        await transaction.ExecuteAsync(async () =>
        {
            Decide(review, ReviewState.Approved, comment: null);
            audit.Add(Record(AuditActions.ReviewApproved, review));
            await db.SaveChangesAsync(cancellationToken);
            await publishing.PublishAsync(review.NodeKey, [review.Culture], cancellationToken);
        }, cancellationToken);
        return await reader.GetAsync(id, cancellationToken);
    }

    /// <summary>Returns the culture to its writer with a comment; nothing is published.</summary>
    public async Task<ReviewView> RejectAsync(int id, string? comment, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(comment))
        {
            throw new InputValidationException("comment", "Tell the writer what to change.");
        }

        if (comment.Length > ReviewRequestConfiguration.MessageLength)
        {
            throw new InputValidationException("comment", $"Keep the comment under {ReviewRequestConfiguration.MessageLength} characters.");
        }

        var review = await PendingForDecisionAsync(id, cancellationToken);
        Decide(review, ReviewState.Rejected, comment.Trim());
        audit.Add(Record(AuditActions.ReviewRejected, review));
        var mailed = await AddRejectionMailAsync(review, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (mailed)
        {
            outboxSignal.Written();
        }

        return await reader.GetAsync(id, cancellationToken);
    }

    /// <summary>The writer (or an editor) takes a pending request back.</summary>
    public async Task<ReviewView> WithdrawAsync(int id, CancellationToken cancellationToken)
    {
        var actor = actors.Current;
        var review = await PendingAsync(id, cancellationToken);
        if (!ReviewPermissions.MayWithdraw(actor, review.RequestedByUserId))
        {
            throw new ForbiddenException("Only the writer who sent it or an editor may withdraw a review request.");
        }

        Decide(review, ReviewState.Withdrawn, comment: null);
        audit.Add(Record(AuditActions.ReviewWithdrawn, review));
        await db.SaveChangesAsync(cancellationToken);
        return await reader.GetAsync(id, cancellationToken);
    }

    private async Task SaveSentAsync(ReviewRequest review, CancellationToken cancellationToken)
    {
        // The audit row names the request's id, so the request is saved first; one transaction keeps them together.
        await using (var unit = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            db.ReviewRequests.Add(review);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Two sends raced past the check above; the unique index on pending requests let one through.
                db.Entry(review).State = EntityState.Detached;
                throw new ConflictException($"'{review.Culture}' of this node is waiting for review already.");
            }

            audit.Add(Record(AuditActions.ReviewSent, review));
            await db.SaveChangesAsync(cancellationToken);
            await unit.CommitAsync(cancellationToken);
        }

    }

    internal static AuditRecord Record(string action, ReviewRequest review) =>
        new(action) { NodeKey = review.NodeKey, Culture = review.Culture, Target = $"review {review.Id}" };

    private static void CheckSendable(Content.Storage.ContentNode node, string culture, string? message)
    {
        if (node.Trashed)
        {
            throw new ConflictException("The node is in the recycle bin; restore it first.");
        }

        if (!node.Data().Cultures.ContainsKey(culture))
        {
            throw new InputValidationException("culture", $"The node has no draft in '{culture}'.");
        }

        if (message?.Length > ReviewRequestConfiguration.MessageLength)
        {
            throw new InputValidationException("message", $"Keep the message under {ReviewRequestConfiguration.MessageLength} characters.");
        }

        if (node.Cultures.Any(c => c.PublishedVersionId == node.CurrentVersionId && string.Equals(c.Culture, culture, StringComparison.OrdinalIgnoreCase)))
        {
            throw new ConflictException($"The '{culture}' draft is what is published already; there is nothing to review.");
        }
    }

    private async Task<ReviewRequest> PendingForDecisionAsync(int id, CancellationToken cancellationToken)
    {
        if (!ReviewPermissions.MayDecide(actors.Current))
        {
            throw new ForbiddenException("Only editors and administrators may approve or reject.");
        }

        return await PendingAsync(id, cancellationToken);
    }

    private async Task<ReviewRequest> PendingAsync(int id, CancellationToken cancellationToken)
    {
        var review = await db.ReviewRequests.FirstOrDefaultAsync(r => r.Id == id, cancellationToken)
            ?? throw new NotFoundException($"There is no review request {id}.");
        return review.State == ReviewState.Pending
            ? review
            : throw new ConflictException($"Review request {id} is {review.State.ToString().ToLowerInvariant()} already.");
    }

    private void Decide(ReviewRequest review, ReviewState state, string? comment)
    {
        var actor = actors.Current;
        review.State = state;
        review.DecidedByUserId = actor.UserId;
        review.DecidedByName = actor.Name;
        review.DecidedAt = clock.GetUtcNow().UtcDateTime;
        review.Comment = comment;
    }

    private async Task<bool> AddRejectionMailAsync(ReviewRequest review, CancellationToken cancellationToken)
    {
        var email = review.RequestedByUserId is { } userId
            ? await db.Users.Where(u => u.Id == userId).Select(u => u.Email).FirstOrDefaultAsync(cancellationToken)
            : null;
        if (string.IsNullOrEmpty(email))
        {
            return false;
        }

        var node = await db.GetNodeAsync(review.NodeKey, cancellationToken);
        var data = node.Data();
        var name = data.Cultures.GetValueOrDefault(review.Culture)?.Name ?? data.Cultures.GetValueOrDefault(cultures.Default)?.Name ?? "";
        outbox.Add(ReviewMail.Rejected(email, review, name, review.DecidedByName ?? ""));
        return true;
    }
}
