namespace Hedershus.Core.Networks.Mailings;

/// <summary>
/// Permanent refusals (SMTP 5xx) of mailing messages to one address in a row. At <see cref="MailingOptions.MaxPermanentFailures"/>
/// the address gets no more mailings (<see cref="StoppedAt"/>); a delivered mailing message before that resets the count.
/// </summary>
public sealed class MailingBounce
{
    public long Id { get; set; }
    public string Email { get; set; } = "";
    public int ConsecutiveFailures { get; set; }
    public DateTime LastFailureAt { get; set; }
    public DateTime? StoppedAt { get; set; }
}
