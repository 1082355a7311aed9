namespace Hedershus.Core.Members;

/// <summary>A member account: created the first time someone signs in with a code sent to their address.</summary>
public sealed class Member
{
    public long Id { get; set; }
    public Guid Key { get; set; }
    public string Email { get; set; } = "";
    public string? Name { get; set; }
    public string? Organisation { get; set; }
    public string? OrganisationType { get; set; }
    public string? Municipality { get; set; }
    public string? Role { get; set; }
    public string Language { get; set; } = "sv";

    /// <summary>The member chose to be listed in the directories of their networks (off until they do).</summary>
    public bool ListedInDirectory { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? LastSignInAt { get; set; }
}
