namespace Hedershus.Core.Networks.Mailings;

/// <summary>A mailing as staff see it, with what became of its messages: queued (pending or being sent), sent, failed.</summary>
public sealed record MailingView(
    Guid Id, Guid NetworkId, string NetworkName, MailingStatus Status, IReadOnlyList<MailingText> Texts, string? CreatedBy,
    DateTime CreatedAt, DateTime? SentAt, int Recipients, MailingCounts Counts);

public sealed record MailingCounts(int Queued, int Sent, int Failed);
