using Hedershus.Core.Seminars;

namespace Hedershus.Web.Site.Seminars;

/// <summary>What the calendar and the seminar page say about registering now.</summary>
public enum SeminarAvailability
{
    Open,

    /// <summary>Full, but registering puts you on the waiting list.</summary>
    WaitingList,
    Full,
    NotYetOpen,
    Closed,
    MembersOnly,
}

public static class SeminarAvailabilities
{
    /// <summary>
    /// The availability of a listed seminar at <paramref name="now"/>, by the same rules registration applies. A seminar
    /// for network members is <see cref="SeminarAvailability.MembersOnly"/> unless <paramref name="eligibleMember"/> (an
    /// active member of its network is looking): then its dates and seats decide, as for everyone else's seminars.
    /// </summary>
    public static SeminarAvailability Of(SeminarListing listing, DateTime now, bool eligibleMember = false)
    {
        var seminar = listing.Seminar;
        var forMembers = seminar.Eligibility == SeminarMemberLookup.NetworkMembers;
        if (forMembers && !eligibleMember)
        {
            return SeminarAvailability.MembersOnly;
        }

        if (seminar.Capacity > 0 && seminar.RegistrationOpens is { } opens && now < opens)
        {
            return SeminarAvailability.NotYetOpen;
        }

        // The catalog calls a members' seminar closed to everyone; for a member, the same dates as the registration rules.
        var open = forMembers ? seminar.Capacity > 0 && (LastMoment(seminar) is not { } last || now < last) : listing.RegistrationOpen;
        if (!open)
        {
            return SeminarAvailability.Closed;
        }

        return listing.SeatsLeft > 0 ? SeminarAvailability.Open
            : seminar.WaitingList ? SeminarAvailability.WaitingList
            : SeminarAvailability.Full;
    }

    /// <summary>Whether the form is shown: registering now gives a seat or a place in line.</summary>
    public static bool TakesRegistrations(this SeminarAvailability availability) =>
        availability is SeminarAvailability.Open or SeminarAvailability.WaitingList;

    /// <summary>The last moment to register: the closing time, or the start when that comes first.</summary>
    public static DateTime? LastMoment(Seminar seminar) =>
        new[] { seminar.RegistrationCloses, seminar.Begins }.Where(d => d is not null).Min();
}
