using Hedershus.Core.Common;
using Hedershus.Core.Members;

namespace Hedershus.Core.Networks;

/// <summary>What someone sends to join a network (the public API and the network page's form).</summary>
public sealed record JoinRequest
{
    public string? Name { get; init; }
    public string? Email { get; init; }
    public string? Organisation { get; init; }
    public string? OrganisationType { get; init; }
    public string? Municipality { get; init; }
    public string? Role { get; init; }
    public string? Language { get; init; }

    /// <summary>Throws an <see cref="InputValidationException"/> naming every bad field.</summary>
    public void Check()
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(Name))
        {
            errors.Add("name", "Required.");
        }
        else if (Name.Trim().Length > 200)
        {
            errors.Add("name", "At most 200 characters.");
        }

        if (string.IsNullOrWhiteSpace(Email))
        {
            errors.Add("email", "Required.");
        }
        else if (!EmailAddress.IsValid(Email))
        {
            errors.Add("email", "Not an e-mail address.");
        }

        Limit(errors, "organisation", Organisation, 200);
        Limit(errors, "organisationType", OrganisationType, 40);
        Limit(errors, "municipality", Municipality, 100);
        Limit(errors, "role", Role, 200);
        errors.ThrowIfAny();
    }

    private static void Limit(ValidationErrors errors, string field, string? value, int max)
    {
        if (value is not null && value.Trim().Length > max)
        {
            errors.Add(field, $"At most {max} characters.");
        }
    }
}

/// <summary>A membership as its owner or a coordinator sees it.</summary>
public sealed record MembershipView(Guid Id, Guid NetworkId, string NetworkName, string Email, string Name, string? Organisation,
    string? OrganisationType, string? Municipality, string? Role, MembershipState State, bool Invited, string Language, DateTime CreatedAt,
    DateTime? ActivatedAt)
{
    public static MembershipView Of(NetworkMembership m) => new(m.Key, m.NetworkKey, m.NetworkName, m.Email, m.Name, m.Organisation,
        m.OrganisationType, m.Municipality, m.Role, m.State, m.Invited, m.Language, m.CreatedAt, m.ActivatedAt);
}
