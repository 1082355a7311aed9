using System.Text.Json;

namespace Hedershus.Core.Seminars;

/// <summary>What a registrant sends.</summary>
public sealed record RegistrationRequest
{
    public string? Name { get; init; }
    public string? Email { get; init; }
    public string? Organisation { get; init; }
    public string? OrganisationType { get; init; }
    public string? Municipality { get; init; }
    public string? Role { get; init; }
    public Dictionary<string, JsonElement>? Answers { get; init; }
    public bool Consent { get; init; }
    public string? Language { get; init; }
}

/// <summary>The answer to a registration: the public id, the status and, on the waiting list, the place in line.</summary>
public sealed record RegistrationResult(Guid Id, RegistrationStatus Status, int? Position);
