namespace Hedershus.Core.Networks.Mailings;

/// <summary>The "Mailings" section: network mailings' batches, bounces and unsubscription.</summary>
public sealed class MailingOptions
{
    public const string Section = "Mailings";

    /// <summary>Outbox messages written per transaction when a mailing is sent.</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>Permanent delivery failures in a row after which an address gets no more mailings.</summary>
    public int MaxPermanentFailures { get; set; } = 3;

    /// <summary>An address offered as a second List-Unsubscribe way (mailto:), read by staff; empty → https only.</summary>
    public string? UnsubscribeMailto { get; set; }
}
