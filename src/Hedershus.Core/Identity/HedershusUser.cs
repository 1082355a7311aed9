using Microsoft.AspNetCore.Identity;

namespace Hedershus.Core.Identity;

/// <summary>A backoffice user (editor, translator, administrator…).</summary>
public sealed class HedershusUser : IdentityUser
{
    public string? DisplayName { get; set; }

    /// <summary>Set for a generated password: the user must choose a new one at first sign-in.</summary>
    public bool MustChangePassword { get; set; }
}
