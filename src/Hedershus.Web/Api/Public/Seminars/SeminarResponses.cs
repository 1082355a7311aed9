using Hedershus.Core.Seminars;

namespace Hedershus.Web.Api.Public.Seminars;

/// <summary>A seminar in the calendar API.</summary>
public sealed record SeminarItem(
    Guid Id,
    string Name,
    string Culture,
    string? Summary,
    string? Route,
    DateTime? StartDate,
    string? Location,
    string? Organiser,
    string? InstructionLanguage,
    IReadOnlyList<string> Audience,
    IReadOnlyList<string> Topics,
    bool Online,
    IReadOnlyList<SessionItem> Sessions,
    int Capacity,
    int SeatsLeft,
    bool WaitingList,
    bool ApprovalRequired,
    string Eligibility,
    bool RegistrationOpen,
    DateTime? RegistrationOpens,
    DateTime? RegistrationCloses,
    IReadOnlyList<QuestionItem> Questions)
{
    public static SeminarItem From(SeminarListing listing)
    {
        var s = listing.Seminar;
        return new SeminarItem(s.Key, s.Name, s.Culture, s.Summary, s.Route, s.StartDate, s.Location, s.Organiser, s.InstructionLanguage,
            s.Audience, s.Topics, s.IsOnline, s.Sessions.Select(x => new SessionItem(x.Start, x.End, x.Place, x.Online)).ToList(),
            s.Capacity, listing.SeatsLeft, s.WaitingList, s.ApprovalRequired, s.Eligibility, listing.RegistrationOpen,
            s.RegistrationOpens, s.RegistrationCloses,
            s.Questions.Select(q => new QuestionItem(q.Alias, q.Label, q.AnswerType, q.Choices, q.Required)).ToList());
    }
}

public sealed record SessionItem(DateTime Start, DateTime? End, string? Place, bool Online);

public sealed record QuestionItem(string Alias, string Label, string Type, IReadOnlyList<string> Choices, bool Required);

/// <summary>The answer to <c>POST /api/seminars/{id}/registrations</c>.</summary>
public sealed record RegistrationResponse(Guid Id, string Status, int? Position)
{
    public static RegistrationResponse From(RegistrationResult result) => new(result.Id, StatusName(result.Status), result.Position);

    public static string StatusName(RegistrationStatus status) => status switch
    {
        RegistrationStatus.PendingApproval => "pending",
        _ => status.ToString().ToLowerInvariant(),
    };
}

/// <summary>The answer to <c>POST /api/seminars/{id}/group-registrations</c>: one entry per person, in the order sent.</summary>
public sealed record GroupRegistrationResponse(IReadOnlyList<GroupMemberResponse> Members)
{
    public static GroupRegistrationResponse From(GroupRegistrationResult result) =>
        new(result.Members.Select(m => new GroupMemberResponse(m.Id, m.Email, RegistrationResponse.StatusName(m.Status), m.Position)).ToList());
}

public sealed record GroupMemberResponse(Guid Id, string Email, string Status, int? Position);
