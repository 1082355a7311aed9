namespace Hedershus.Core.Mail;

/// <summary>
/// One e-mail waiting to be sent, sent, or given up on. Written in the same transaction as the change that causes it,
/// so a registration and its confirmation exist together or not at all.
/// </summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }

    /// <summary>The Message-Id header, fixed when the row is written, so a retry is recognisably the same message.</summary>
    public string MessageId { get; set; } = "";

    public string ToAddress { get; set; } = "";
    public string? ToName { get; set; }
    public string FromAddress { get; set; } = "";
    public string? FromName { get; set; }
    public string Subject { get; set; } = "";
    public string HtmlBody { get; set; } = "";
    public string TextBody { get; set; } = "";

    /// <summary>The culture the message is written in (Content-Language).</summary>
    public string Language { get; set; } = "sv";

    /// <summary>What caused the message, e.g. "seminar-confirmation"; never personal data.</summary>
    public string Kind { get; set; } = "";

    public List<OutboxAttachment> Attachments { get; set; } = [];

    /// <summary>The List-Unsubscribe header value of a mailing message (see <see cref="MailDraft.ListUnsubscribe"/>).</summary>
    public string? ListUnsubscribe { get; set; }

    public OutboxStatus Status { get; set; } = OutboxStatus.Pending;
    public int Attempts { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime NextAttemptAt { get; set; }

    /// <summary>While <see cref="OutboxStatus.Sending"/>: until when the claim holds. An expired claim means the sender died.</summary>
    public DateTime? ClaimedUntil { get; set; }

    /// <summary>While <see cref="OutboxStatus.Sending"/>: the delivery run holding the row, so it finds what it claimed in one batch.</summary>
    public Guid? ClaimToken { get; set; }

    public DateTime? SentAt { get; set; }

    /// <summary>The last failure as an SMTP code and category; never an address or a server's free text.</summary>
    public string? LastError { get; set; }
}

/// <summary>A file sent with a message, e.g. an .ics invitation. Stored with the row, so a retry sends the same bytes.</summary>
public sealed record OutboxAttachment(string FileName, string ContentType, byte[] Content);

public enum OutboxStatus
{
    Pending,

    /// <summary>Claimed by a sender; see <see cref="OutboxMessage.ClaimedUntil"/>.</summary>
    Sending,
    Sent,

    /// <summary>Given up: a permanent (5xx) answer or too many attempts. Shown to staff.</summary>
    Failed,
}
