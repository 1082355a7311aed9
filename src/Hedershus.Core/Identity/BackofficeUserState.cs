namespace Hedershus.Core.Identity;

/// <summary>
/// A disabled user is locked out "for ever" (Identity's lockout end far in the future), so Identity itself refuses the
/// sign-in and no extra column is needed; a temporary lockout after failed attempts ends much sooner.
/// </summary>
public static class BackofficeUserState
{
    public static DateTimeOffset DisabledUntil { get; } = new(9999, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static bool IsDisabled(DateTimeOffset? lockoutEnd) => lockoutEnd is { } end && end.Year >= DisabledUntil.Year;
}
