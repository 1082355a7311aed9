namespace Hedershus.Web.Site.Seminars;

/// <summary>The calendar: its filters and the upcoming seminars that match them.</summary>
public sealed class SeminarCalendarView
{
    public required SeminarText Text { get; init; }
    public required string Action { get; init; }
    public required SeminarCalendarFilter Filter { get; init; }
    public required IReadOnlyList<SeminarCardView> Seminars { get; init; }
}

public sealed record FilterOption(string Value, string Label);

/// <summary>One seminar in the calendar; <see cref="LanguageTag"/> is set when its text is in another language than the page.</summary>
public sealed record SeminarCardView(
    string Name,
    string Href,
    string? LanguageTag,
    string? Summary,
    DateTime? Begins,
    DateTime? FirstSessionEnds,
    string? Place,
    bool Online,
    IReadOnlyList<string> Audience,
    SeminarStatusView Status);

/// <summary>
/// Seats left or why registration is not open, as the calendar and the seminar page show it. A members-only seminar
/// names its network (<see cref="NetworkName"/>) when it has one.
/// </summary>
public sealed record SeminarStatusView(SeminarAvailability Availability, int SeatsLeft, DateTime? Opens, bool ApprovalRequired, string? NetworkName = null)
{
    public static SeminarStatusView Of(Core.Seminars.SeminarListing listing, DateTime now, string? networkName = null, bool eligibleMember = false) =>
        new(SeminarAvailabilities.Of(listing, now, eligibleMember), listing.SeatsLeft, listing.Seminar.RegistrationOpens, listing.Seminar.ApprovalRequired, networkName);

    public string Describe(SeminarText text) => Availability switch
    {
        SeminarAvailability.Open => SeatsLeft == 1 ? text.SeatsLeftOne : string.Format(System.Globalization.CultureInfo.InvariantCulture, text.SeatsLeft, SeatsLeft),
        SeminarAvailability.WaitingList => text.FullJoinWaitingList,
        SeminarAvailability.Full => text.Full,
        SeminarAvailability.NotYetOpen => string.Format(System.Globalization.CultureInfo.InvariantCulture, text.OpensOn, Opens is { } o ? SeminarTime.DateAndClock(o, text) : ""),
        SeminarAvailability.MembersOnly => NetworkName is null ? text.MembersOnly
            : string.Format(System.Globalization.CultureInfo.InvariantCulture, text.MembersOfNetworkOnly, NetworkName),
        _ => text.Closed,
    };

    /// <summary>A class for the status badge: "open", "waiting" or "closed".</summary>
    public string CssClass => Availability switch
    {
        SeminarAvailability.Open => "open",
        SeminarAvailability.WaitingList => "waiting",
        _ => "closed",
    };
}
