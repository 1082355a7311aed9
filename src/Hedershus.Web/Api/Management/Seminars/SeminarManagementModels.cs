using System.Text.Json;
using Hedershus.Core.Common;
using Hedershus.Core.Mail;
using Hedershus.Core.Seminars;
using Hedershus.Core.Seminars.Staff;

namespace Hedershus.Web.Api.Management.Seminars;

/// <summary>A seminar in the staff list: seats held per status and the fill rate.</summary>
public sealed record SeminarFillItem(
    Guid Id, string Name, DateTime? Begins, bool Published, int Capacity,
    int Confirmed, int Pending, int Offered, int Waitlisted, int Cancelled, int Attended, double FillRate)
{
    public static SeminarFillItem From(SeminarFill f) =>
        new(f.Id, f.Name, f.Begins, f.Published, f.Capacity, f.Confirmed, f.Pending, f.Offered, f.Waitlisted, f.Cancelled, f.Attended, f.FillRate);
}

/// <summary>A registration as staff see it.</summary>
public sealed record StaffRegistrationItem(
    Guid Id, string Name, string Email, string? Organisation, string? OrganisationType, string? Municipality, string? Role,
    string Language, string Status, int? Position, DateTime RegisteredAt, DateTime? CancelledAt, DateTime? OfferExpiresAt,
    bool? Attended, bool Anonymised, IReadOnlyDictionary<string, JsonElement> Answers)
{
    public static StaffRegistrationItem From(StaffRegistration r) => new(
        r.Id, r.Name, r.Email, r.Organisation, r.OrganisationType, r.Municipality, r.Role, r.Language, SeminarExport.StatusName(r.Status),
        r.Position, r.CreatedAt, r.CancelledAt, r.OfferExpiresAt, r.Attended, r.Anonymised, r.Answers);

    /// <summary>The status a client names ("confirmed", "pending", …) as the Core value; anything else names the field.</summary>
    public static RegistrationStatus ParseStatus(string value, string field)
    {
        var statuses = Enum.GetValues<RegistrationStatus>();
        foreach (var status in statuses.Where(s => string.Equals(SeminarExport.StatusName(s), value, StringComparison.OrdinalIgnoreCase)))
        {
            return status;
        }

        throw new InputValidationException(field, "One of: " + string.Join(", ", statuses.Select(SeminarExport.StatusName)) + ".");
    }
}

public sealed record AttendanceRequest(bool? Attended);

public sealed record MessageResponse(int Recipients);

public sealed record FailedMailItem(long Id, string Kind, string To, string Subject, int Attempts, DateTime CreatedAt, string? LastError)
{
    public static FailedMailItem From(FailedMail m) => new(m.Id, m.Kind, m.ToAddress, m.Subject, m.Attempts, m.CreatedAt, m.LastError);
}

public sealed record ErasureRequest(string? Email);

public sealed record ErasureResponse(int Registrations, int Messages);
