namespace Hedershus.Core.Networks.Mailings;

/// <summary>An address that unsubscribed from one network's mailings. Membership stays (see decision 016).</summary>
public sealed class MailingOptOut
{
    public long Id { get; set; }
    public Guid NetworkKey { get; set; }
    public string Email { get; set; } = "";
    public DateTime CreatedAt { get; set; }
}
