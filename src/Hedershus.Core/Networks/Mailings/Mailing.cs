namespace Hedershus.Core.Networks.Mailings;

/// <summary>A coordinator's message to a network's active members: a draft until sent, then part of the archive.</summary>
public sealed class Mailing
{
    public long Id { get; set; }

    /// <summary>The public id (API, staff module, archive).</summary>
    public Guid Key { get; set; }
    public Guid NetworkKey { get; set; }
    public string NetworkName { get; set; } = "";

    /// <summary>Subject and body per culture; Swedish is always there (members without their language get it).</summary>
    public List<MailingText> Texts { get; set; } = [];
    public MailingStatus Status { get; set; }

    /// <summary>The staff user who wrote it (a name, never a member's).</summary>
    public string? CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? SendStartedAt { get; set; }
    public DateTime? SentAt { get; set; }

    /// <summary>How many members it was written to the outbox for, once sent.</summary>
    public int RecipientCount { get; set; }

    /// <summary>The text in <paramref name="culture"/>, else the Swedish one.</summary>
    public MailingText TextFor(string? culture) =>
        Texts.FirstOrDefault(t => t.Culture == culture) ?? Texts.FirstOrDefault(t => t.Culture == MailingInput.RequiredCulture) ?? Texts[0];
}

/// <summary>A mailing's words in one culture. The body is plain text: paragraphs separated by blank lines.</summary>
public sealed record MailingText(string Culture, string Subject, string Body);

public enum MailingStatus
{
    Draft,

    /// <summary>Being written to the outbox in batches; sending again continues with the members not yet written.</summary>
    Sending,
    Sent,
}
