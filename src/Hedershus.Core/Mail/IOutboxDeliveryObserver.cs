namespace Hedershus.Core.Mail;

/// <summary>
/// Told by <see cref="OutboxDelivery"/> what became of a message, after its row is updated: for features that react
/// to delivery (mailings count permanent refusals per address). Register with <c>AddScoped</c>; an observer that
/// throws is logged and does not stop delivery, so it must be safe to miss a call.
/// </summary>
public interface IOutboxDeliveryObserver
{
    /// <summary>The SMTP server accepted <paramref name="message"/>.</summary>
    Task DeliveredAsync(OutboxMessage message, CancellationToken cancellationToken);

    /// <summary>An attempt failed; <see cref="MailDeliveryException.Permanent"/> for a 5xx answer.</summary>
    Task FailedAsync(OutboxMessage message, MailDeliveryException failure, CancellationToken cancellationToken);
}
