namespace Hedershus.Core.Identity;

/// <summary>The "Backoffice" section: sign-in, sessions and account e-mails of the backoffice.</summary>
public sealed class BackofficeOptions
{
    public const string Section = "Backoffice";

    /// <summary>The address editors reach the backoffice at; links in invitation and reset e-mails start with it.</summary>
    public string SiteUrl { get; set; } = "http://localhost:5000";

    /// <summary>A session ends after this many minutes without a request (sliding expiration).</summary>
    public int IdleTimeoutMinutes { get; set; } = 30;

    /// <summary>Sign-in, two-factor and reset form posts allowed per client and minute.</summary>
    public int SignInPermitsPerMinute { get; set; } = 10;

    /// <summary>How long an invitation or password-reset link works.</summary>
    public int PasswordLinkHours { get; set; } = 24;

    /// <summary>Administrators must set up two-factor sign-in before they can do anything else.</summary>
    public bool RequireTwoFactorForAdministrators { get; set; } = true;
}
