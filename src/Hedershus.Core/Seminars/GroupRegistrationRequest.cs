using System.Text.Json;

namespace Hedershus.Core.Seminars;

/// <summary>
/// What a coordinator sends to register colleagues: what they share (workplace, consent, language) and each person.
/// Every person gets a registration, a link and e-mail of their own; the coordinator is not stored.
/// </summary>
public sealed record GroupRegistrationRequest
{
    public string? Organisation { get; init; }
    public string? OrganisationType { get; init; }
    public string? Municipality { get; init; }
    public List<GroupMember>? Members { get; init; }

    /// <summary>The coordinator confirms the colleagues know of the registration and the privacy notice.</summary>
    public bool Consent { get; init; }
    public string? Language { get; init; }
}

/// <summary>One colleague in a group registration.</summary>
public sealed record GroupMember
{
    public string? Name { get; init; }
    public string? Email { get; init; }
    public string? Role { get; init; }
    public Dictionary<string, JsonElement>? Answers { get; init; }
}

/// <summary>The answer to a group registration, one entry per person in the order they were sent.</summary>
public sealed record GroupRegistrationResult(IReadOnlyList<GroupMemberResult> Members);

public sealed record GroupMemberResult(Guid Id, string Email, RegistrationStatus Status, int? Position);
