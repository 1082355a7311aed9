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
}
