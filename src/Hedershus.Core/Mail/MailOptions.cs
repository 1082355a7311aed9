namespace Hedershus.Core.Mail;

/// <summary>The "Mail" section: the SMTP server and senders. Without a host, messages are written as .eml files.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    /// <summary>SMTP host; empty → the pickup folder (<c>umbraco/Data/mail</c>).</summary>
    public string? Host { get; set; }

    public int Port { get; set; } = 587;
    public string? User { get; set; }
    public string? Password { get; set; }

    /// <summary>Require STARTTLS. Only turn off for a relay on loopback.</summary>
    public bool StartTls { get; set; } = true;

    public string FromAddress { get; set; } = "noreply@hedershus.local";
    public string FromName { get; set; } = "Hedershus";

    /// <summary>
    /// Sender of newsletters and network mailings, kept apart from <see cref="FromAddress"/> so replies, bounces and a
    /// receiver's reputation of bulk mail never touch sign-in codes and confirmations. Must differ from it.
    /// </summary>
    public string MailingFromAddress { get; set; } = "mailings@hedershus.local";

    public string? MailingFromName { get; set; }

    /// <summary>Attempts before a message that keeps failing temporarily is marked failed.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Delay after the first failure; doubled after each further one, at most six hours.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a sender's claim on a message holds; longer than any SMTP conversation (see the decision record).</summary>
    public TimeSpan ClaimTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>SMTP connect and command timeout.</summary>
    public TimeSpan SmtpTimeout { get; set; } = TimeSpan.FromSeconds(60);

    public bool UsesPickupFolder => string.IsNullOrWhiteSpace(Host);
}
