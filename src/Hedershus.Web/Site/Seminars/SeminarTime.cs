using System.Globalization;

namespace Hedershus.Web.Site.Seminars;

/// <summary>
/// Seminar times are stored in UTC and shown in Swedish time, where the seminars take place; the page says so next
/// to the times. Machine-readable <c>datetime</c> values carry the offset.
/// </summary>
public static class SeminarTime
{
    private static readonly TimeZoneInfo Zone =
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Stockholm", out var zone) ? zone : TimeZoneInfo.Utc;

    public static DateTimeOffset Local(DateTime utc) =>
        TimeZoneInfo.ConvertTime(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)), Zone);

    /// <summary>"20 januari 2027".</summary>
    public static string Date(DateTime utc, SeminarText text)
    {
        var local = Local(utc);
        return string.Create(CultureInfo.InvariantCulture, $"{local.Day} {text.Months[local.Month - 1]} {local.Year}");
    }

    /// <summary>"09:30".</summary>
    public static string Clock(DateTime utc) => Local(utc).ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"20 januari 2027 09:30".</summary>
    public static string DateAndClock(DateTime utc, SeminarText text) => Date(utc, text) + " " + Clock(utc);

    /// <summary>The value of a <c>datetime</c> attribute: "2027-01-20T09:30+01:00".</summary>
    public static string Iso(DateTime utc) => Local(utc).ToString("yyyy-MM-dd'T'HH:mmzzz", CultureInfo.InvariantCulture);

    /// <summary>"20 januari 2027, 09:30–12:30" (the end's date too when it is another day; Arabic has its own comma).</summary>
    public static string Span(DateTime start, DateTime? end, SeminarText text)
    {
        if (end is not { } finish)
        {
            return Date(start, text) + text.Comma + Clock(start);
        }

        return Local(start).Date == Local(finish).Date
            ? $"{Date(start, text)}{text.Comma}{Clock(start)}–{Clock(finish)}"
            : $"{DateAndClock(start, text)} – {DateAndClock(finish, text)}";
    }

    /// <summary>The month a seminar begins in Swedish time, as the calendar filter spells it ("2027-01").</summary>
    public static string MonthKey(DateTime utc) => Local(utc).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>"januari 2027" for "2027-01".</summary>
    public static string MonthLabel(string key, SeminarText text) =>
        int.Parse(key[5..], CultureInfo.InvariantCulture) is var month and >= 1 and <= 12
            ? $"{text.Months[month - 1]} {key[..4]}"
            : key;
}
