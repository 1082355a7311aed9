namespace Hedershus.Core.Members;

/// <summary>The "Members" section: sign-in codes and the links in member and network e-mail.</summary>
public sealed class MemberOptions
{
    public const string Section = "Members";

    /// <summary>The public address of the site, for links in e-mail; empty → <c>Seminars:SiteUrl</c>.</summary>
    public string? SiteUrl { get; set; }

    /// <summary>How long an e-mailed sign-in code or link works.</summary>
    public int CodeMinutes { get; set; } = 15;

    /// <summary>Sign-in e-mails one address may be sent per hour; more requests get the same answer and no mail.</summary>
    public int CodesPerAddressPerHour { get; set; } = 5;

    /// <summary>Wrong codes before a sign-in code stops working.</summary>
    public int MaxCodeAttempts { get; set; } = 5;

    /// <summary>How long a join confirmation link works.</summary>
    public int ConfirmationHours { get; set; } = 72;

    /// <summary>How long a signed-in member stays signed in without activity.</summary>
    public int SessionMinutes { get; set; } = 60;
}
