namespace Hedershus.Core.Mail;

/// <summary>What a feature wants sent; <see cref="Outbox"/> adds sender, Message-Id and schedule.</summary>
public sealed record MailDraft
{
    public required string ToAddress { get; init; }
    public string? ToName { get; init; }
    public required string Subject { get; init; }
    public required string HtmlBody { get; init; }
    public required string TextBody { get; init; }
    public required string Language { get; init; }

    /// <summary>What caused the message (for staff and logs), e.g. "seminar-confirmation".</summary>
    public required string Kind { get; init; }

    public IReadOnlyList<OutboxAttachment> Attachments { get; init; } = [];

    /// <summary>Send from <see cref="MailOptions.MailingFromAddress"/> (newsletters, network mailings).</summary>
    public bool IsMailing { get; init; }

    /// <summary>
    /// The List-Unsubscribe header value, e.g. <c>&lt;https://…/api/unsubscribe/{token}&gt;</c>; when set, the message also
    /// offers RFC 8058 one-click unsubscription (List-Unsubscribe-Post).
    /// </summary>
    public string? ListUnsubscribe { get; init; }
}
