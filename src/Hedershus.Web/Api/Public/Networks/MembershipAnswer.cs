using Hedershus.Core.Members;
using Hedershus.Core.Networks;

namespace Hedershus.Web.Api.Public.Networks;

/// <summary>A membership in JSON, its state in lower case ("requested", "confirmed", "active", …).</summary>
public sealed record MembershipAnswer(Guid Id, Guid NetworkId, string NetworkName, string Email, string Name, string? Organisation,
    string? OrganisationType, string? Municipality, string? Role, string State, bool Invited, string Language, DateTime CreatedAt, DateTime? ActivatedAt)
{
    public static MembershipAnswer Of(MembershipView m) => new(m.Id, m.NetworkId, m.NetworkName, m.Email, m.Name, m.Organisation,
        m.OrganisationType, m.Municipality, m.Role, m.State.ToString().ToLowerInvariant(), m.Invited, m.Language, m.CreatedAt, m.ActivatedAt);

    public static List<MembershipAnswer> Of(IEnumerable<MembershipView> memberships) => memberships.Select(Of).ToList();
}

/// <summary>One of a member's seminar registrations in JSON, its status in lower case.</summary>
public sealed record MemberRegistrationAnswer(Guid Id, Guid SeminarId, string SeminarName, string Status, int? Position, DateTime? Begins)
{
    public static MemberRegistrationAnswer Of(MemberRegistration r) =>
        new(r.Id, r.SeminarId, r.SeminarName, r.Status.ToString().ToLowerInvariant(), r.Position, r.Begins);
}
