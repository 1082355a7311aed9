namespace Hedershus.Core.Identity.Users;

/// <summary>A backoffice user as administrators see and edit it.</summary>
public sealed record BackofficeUserSummary(
    string Id,
    string Email,
    string? DisplayName,
    IReadOnlyList<string> Groups,
    IReadOnlyList<string> Cultures,
    IReadOnlyList<Guid> StartNodes,
    bool Disabled,
    bool TwoFactorEnabled);

/// <summary>
/// Create (with <see cref="Email"/>) or change a user. <see cref="Cultures"/>: what a translator may edit;
/// <see cref="StartNodes"/>: the content subtrees the user may work in (none: the whole tree).
/// </summary>
public sealed record SaveUserRequest
{
    public string? Email { get; init; }
    public string? DisplayName { get; init; }
    public IReadOnlyList<string>? Groups { get; init; }
    public IReadOnlyList<string>? Cultures { get; init; }
    public IReadOnlyList<Guid>? StartNodes { get; init; }
}
