using Hedershus.Core.Common;
using Hedershus.Core.Seminars;

namespace Hedershus.Core.Members;

/// <summary>
/// What a member may change about themselves (the address is the account: it is not changed here).
/// <paramref name="ListedInDirectory"/> null leaves the choice as it was.
/// </summary>
public sealed record MemberProfile(
    string? Name, string? Organisation, string? OrganisationType, string? Municipality, string? Role, string? Language, bool? ListedInDirectory = null)
{
    public void Check()
    {
        var errors = new ValidationErrors();
        Limit(errors, "name", Name, 200);
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

/// <summary>One of a member's seminar registrations.</summary>
public sealed record MemberRegistration(Guid Id, Guid SeminarId, string SeminarName, RegistrationStatus Status, int? Position, DateTime? Begins);
