namespace Hedershus.Core.Seminars;

/// <summary>The "Seminars" section.</summary>
public sealed class SeminarOptions
{
    public const string Section = "Seminars";

    /// <summary>Registrations one client may post per minute; 0 turns the limit off. Clients are told apart without storing addresses.</summary>
    public int RateLimitPerMinute { get; set; } = 20;
}
