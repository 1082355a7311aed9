namespace Hedershus.Core.Members;

/// <summary>
/// One e-mailed sign-in: a link token and a six-digit code, both stored only as hashes, valid for a short time and
/// used at most once. Too many wrong codes burn it.
/// </summary>
public sealed class MemberSignInCode
{
    public long Id { get; set; }
    public string Email { get; set; } = "";

    /// <summary>SHA-256 of the link's token.</summary>
    public string TokenHash { get; set; } = "";

    /// <summary>SHA-256 of the link token's hash and the code, so the short code cannot be looked up alone.</summary>
    public string CodeHash { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? UsedAt { get; set; }
    public int FailedAttempts { get; set; }
}
