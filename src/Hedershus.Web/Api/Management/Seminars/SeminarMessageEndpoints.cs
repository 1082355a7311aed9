using Hedershus.Core.Mail;
using Hedershus.Core.Seminars;
using Hedershus.Core.Seminars.Staff;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hedershus.Web.Api.Management.Seminars;

/// <summary>A message to everyone registered, and the seminar e-mail the outbox gave up on (to see and send again).</summary>
public static class SeminarMessageEndpoints
{
    private const string SeminarMailKinds = "seminar-";

    public static RouteGroupBuilder MapSeminarMessages(this RouteGroupBuilder seminars)
    {
        seminars.MapPost("/{id:guid}/messages", SendAsync).WithName("MessageSeminarRegistrants");
        seminars.MapGet("/failed-mail", FailedAsync).WithName("ListFailedSeminarMail");
        seminars.MapPost("/failed-mail/{mailId:long}/retry", RetryAsync).WithName("RetryFailedSeminarMail");
        return seminars;
    }

    private static async Task<Ok<MessageResponse>> SendAsync(Guid id, StaffMessageRequest request, SeminarMessenger messenger, CancellationToken cancellationToken) =>
        TypedResults.Ok(new MessageResponse(await messenger.SendAsync(id, request, cancellationToken)));

    private static async Task<Ok<List<FailedMailItem>>> FailedAsync(OutboxFailures failures, CancellationToken cancellationToken) =>
        TypedResults.Ok((await failures.ListAsync(SeminarMailKinds, cancellationToken)).Select(FailedMailItem.From).ToList());

    private static async Task<NoContent> RetryAsync(long mailId, OutboxFailures failures, CancellationToken cancellationToken)
    {
        await failures.RetryAsync(mailId, SeminarMailKinds, cancellationToken);
        return TypedResults.NoContent();
    }
}
