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
}
