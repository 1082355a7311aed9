namespace Hedershus.Core.Seminars;

/// <summary>The "Seminars" section.</summary>
public sealed class SeminarOptions
{
    public const string Section = "Seminars";

    /// <summary>Registrations one client may post per minute; 0 turns the limit off. Clients are told apart without storing addresses.</summary>
    public int RateLimitPerMinute { get; set; } = 20;

    /// <summary>The public address of the site, used for the links in e-mail (e.g. https://hedershus.se).</summary>
    public string SiteUrl { get; set; } = "http://localhost:5000";

    /// <summary>Days after a seminar ends until its registrants' personal data is removed; counts per organisation type and municipality stay.</summary>
    public int RetentionDays { get; set; } = 90;

    /// <summary>Days before the start the reminder goes out.</summary>
    public int ReminderDaysBefore { get; set; } = 2;

    /// <summary>How many people a coordinator may register in one group registration.</summary>
    public int MaxGroupSize { get; set; } = 10;

    /// <summary>
    /// Seconds that must pass between showing the registration form and sending it; a faster post is a robot's. The
    /// time is read from a value the server protected when it rendered the form, never from the client's clock.
    /// </summary>
    public int MinFillSeconds { get; set; } = 3;
}
