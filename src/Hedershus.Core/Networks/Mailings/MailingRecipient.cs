namespace Hedershus.Core.Networks.Mailings;

/// <summary>
/// One member a mailing was written to the outbox for, in the same transaction as the message: a retried send skips
/// them, so nobody gets a mailing twice. Carries the hash of the message's unsubscribe token.
/// </summary>
public sealed class MailingRecipient
{
    public long Id { get; set; }
    public long MailingId { get; set; }
    public string Email { get; set; } = "";
    public string Language { get; set; } = "sv";

    /// <summary>The outbox message's Message-Id, for the delivery counts.</summary>
    public string MessageId { get; set; } = "";

    /// <summary>SHA-256 of the token in the message's unsubscribe address; the token itself exists only in the message.</summary>
    public string UnsubscribeTokenHash { get; set; } = "";
    public DateTime CreatedAt { get; set; }
}
