namespace Hedershus.Core.Dashboard;

/// <summary>The "Dashboard" section: when content and helpline numbers are due for another check.</summary>
public sealed class DashboardOptions
{
    public const string Section = "Dashboard";

    /// <summary>A page whose <c>lastReviewed</c> is older than this many days (or empty) is due for review.</summary>
    public int ReviewIntervalDays { get; set; } = 365;

    /// <summary>A phone number whose <c>verifiedOn</c> is older than this many days (or empty) needs checking.</summary>
    public int PhoneVerificationDays { get; set; } = 90;
}
