using System.Text.Json;

namespace Hedershus.Core.Seminars.Staff;

/// <summary>A seminar as staff see it: how full it is. <see cref="Published"/> is false for a seminar with registrations that is no longer published.</summary>
public sealed record SeminarFill(
    Guid Id, string Name, DateTime? Begins, bool Published, int Capacity,
    int Confirmed, int Pending, int Offered, int Waitlisted, int Cancelled, int Attended)
{
    /// <summary>Seats held (confirmed, pending approval, open offers) per seat; 0 without capacity.</summary>
    public double FillRate => Capacity > 0 ? Math.Round((double)(Confirmed + Pending + Offered) / Capacity, 4) : 0;
}

/// <summary>One registration with everything staff may see of it.</summary>
public sealed record StaffRegistration(
    Guid Id, string Name, string Email, string? Organisation, string? OrganisationType, string? Municipality, string? Role,
    string Language, RegistrationStatus Status, int? Position, DateTime CreatedAt, DateTime? CancelledAt, DateTime? OfferExpiresAt,
    bool? Attended, bool Anonymised, IReadOnlyDictionary<string, JsonElement> Answers)
{
    internal static StaffRegistration From(SeminarRegistration r) => new(
        r.Key, r.Name, r.Email, r.Organisation, r.OrganisationType, r.Municipality, r.Role, r.Language, r.Status, r.Position,
        r.CreatedAt, r.CancelledAt, r.OfferExpiresAt, r.Attended, r.AnonymisedAt is not null,
        JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(r.AnswersJson) ?? []);
}

/// <summary>How many registered and attended in one group (a municipality or an organisation type; "" when not given).</summary>
public sealed record GroupCount(string Value, int Registered, int Attended);

/// <summary>Anonymous counts of a seminar's registrations that are not cancelled.</summary>
public sealed record SeminarCounts(IReadOnlyList<GroupCount> ByMunicipality, IReadOnlyList<GroupCount> ByOrganisationType);

/// <summary>What staff write to everyone registered: a default text and optional translations keyed by culture.</summary>
public sealed record StaffMessageRequest
{
    public string? Subject { get; init; }
    public string? Body { get; init; }
    public Dictionary<string, StaffMessageText>? Translations { get; init; }

    /// <summary>Also write to those on the waiting list.</summary>
    public bool IncludeWaitingList { get; init; }
}

public sealed record StaffMessageText(string? Subject, string? Body);
