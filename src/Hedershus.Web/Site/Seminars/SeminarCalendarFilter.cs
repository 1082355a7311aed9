using System.Globalization;
using Hedershus.Core.Seminars;

namespace Hedershus.Web.Site.Seminars;

/// <summary>
/// The calendar's filters: the choices are the values upcoming seminars have (so no choice leads to an empty list),
/// and the query string is read against them only, so a value that is not on a list reads as "no filter". The
/// address never holds free text.
/// </summary>
public sealed record SeminarCalendarFilter(
    IReadOnlyList<FilterOption> Audiences,
    IReadOnlyList<FilterOption> Topics,
    IReadOnlyList<FilterOption> Months,
    string? Audience,
    string? Topic,
    string? Month,
    bool? Online)
{
    public const string AudienceParameter = "malgrupp";
    public const string TopicParameter = "amne";
    public const string MonthParameter = "manad";
    public const string FormatParameter = "form";
    public const string OnlineValue = "digitalt";
    public const string OnSiteValue = "pa-plats";

    private static readonly StringComparer TopicOrder = StringComparer.Create(CultureInfo.GetCultureInfo("sv-SE"), ignoreCase: true);

    public bool Filtered => Audience is not null || Topic is not null || Month is not null || Online is not null;

    public static SeminarCalendarFilter From(IReadOnlyList<Seminar> upcoming, SeminarText text, IQueryCollection query)
    {
        var knownAudiences = text.Audiences.Keys.ToList();
        var audiences = upcoming.SelectMany(s => s.Audience).Distinct(StringComparer.Ordinal)
            .OrderBy(a => knownAudiences.IndexOf(a) is var i && i >= 0 ? i : int.MaxValue)
            .Select(a => new FilterOption(a, text.AudienceLabel(a))).ToList();
        var topics = upcoming.SelectMany(s => s.Topics).Distinct(StringComparer.OrdinalIgnoreCase).Order(TopicOrder)
            .Select(t => new FilterOption(t, t)).ToList();
        var months = upcoming.Where(s => s.Begins is not null).Select(s => SeminarTime.MonthKey(s.Begins!.Value)).Distinct().Order(StringComparer.Ordinal)
            .Select(m => new FilterOption(m, SeminarTime.MonthLabel(m, text))).ToList();
        bool? online = query[FormatParameter].ToString() switch { OnlineValue => true, OnSiteValue => false, _ => null };
        return new SeminarCalendarFilter(audiences, topics, months,
            Pick(audiences, query[AudienceParameter]), Pick(topics, query[TopicParameter]), Pick(months, query[MonthParameter]), online);
    }

    public bool Matches(Seminar seminar) =>
        new SeminarQuery(seminar.Culture, Audience, Topic, null, Online).Matches(seminar)
        && (Month is null || (seminar.Begins is { } begins && SeminarTime.MonthKey(begins) == Month));

    private static string? Pick(List<FilterOption> options, string? value) =>
        string.IsNullOrEmpty(value) ? null : options.FirstOrDefault(o => string.Equals(o.Value, value, StringComparison.OrdinalIgnoreCase))?.Value;
}
