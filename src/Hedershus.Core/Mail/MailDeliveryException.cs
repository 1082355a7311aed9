namespace Hedershus.Core.Mail;

/// <summary>
/// A message could not be handed over. <see cref="Permanent"/> for a 5xx answer (retrying cannot help);
/// <see cref="Reason"/> names the SMTP code or failure kind, never an address.
/// </summary>
public sealed class MailDeliveryException(string reason, bool permanent, Exception? inner = null) : Exception(reason, inner)
{
    public string Reason { get; } = reason;
    public bool Permanent { get; } = permanent;
}
