using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Hedershus.Core.Mail;

namespace Hedershus.Core.Seminars;

/// <summary>
/// The .ics attached to a confirmation: one event per session. It holds only what the public seminar page shows —
/// no name, no e-mail, no link that acts — because calendar entries get synced and shared far and wide.
/// </summary>
public static class SeminarCalendar
{
    public const string FileName = "seminar.ics";

    // Every confirmation of a seminar carries the same calendar but for DTSTAMP, and it is built inside the seminar's
    // lock, so it is serialised once per seminar text and only the stamp is written per message.
    private static readonly DateTime StampPlaceholder = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly ConcurrentDictionary<Guid, (string Signature, string Text)> Serialised = new();

    public static OutboxAttachment? For(Seminar seminar, DateTime stampedAt)
    {
        var sessions = Sessions(seminar);
        if (sessions.Count == 0)
        {
            return null;
        }

        var signature = Signature(seminar, sessions);
        if (!Serialised.TryGetValue(seminar.Key, out var cached) || cached.Signature != signature)
        {
            cached = (signature, Serialise(seminar, sessions));
            Serialised[seminar.Key] = cached;
        }

        var text = cached.Text.Replace(Stamp(StampPlaceholder), Stamp(stampedAt), StringComparison.Ordinal);
        return new OutboxAttachment(FileName, "text/calendar; method=PUBLISH; charset=utf-8", Encoding.UTF8.GetBytes(text));
    }

    private static IReadOnlyList<SeminarSession> Sessions(Seminar seminar) =>
        seminar.Sessions.Count > 0 ? seminar.Sessions
            : seminar.StartDate is { } start ? [new SeminarSession(start, null, seminar.Location, false)] : [];

    private static string Serialise(Seminar seminar, IReadOnlyList<SeminarSession> sessions)
    {
        var calendar = new Ical.Net.Calendar { Method = "PUBLISH", ProductId = "-//Hedershus//Seminars//SV" };
        for (var i = 0; i < sessions.Count; i++)
        {
            var session = sessions[i];
            calendar.Events.Add(new CalendarEvent
            {
                // Stable per seminar and session, so a later update replaces the entry instead of adding one.
                Uid = $"{seminar.Key:N}-{i + 1}@hedershus",
                Summary = seminar.Name,
                Description = seminar.Summary,
                Location = session.Online ? "Online" : session.Place ?? seminar.Location,
                DtStamp = new CalDateTime(StampPlaceholder, "UTC"),
                DtStart = new CalDateTime(session.Start, "UTC"),
                DtEnd = new CalDateTime(session.End ?? session.Start.AddHours(1), "UTC"),
            });
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    /// <summary>Everything <see cref="Serialise"/> reads, so a changed seminar is never served an old calendar.</summary>
    private static string Signature(Seminar seminar, IReadOnlyList<SeminarSession> sessions)
    {
        var text = new StringBuilder().Append(seminar.Name).Append('\u001f').Append(seminar.Summary).Append('\u001f').Append(seminar.Location);
        foreach (var session in sessions)
        {
            text.Append(CultureInfo.InvariantCulture, $"\u001f{session.Start:O}/{session.End:O}/{session.Place}/{session.Online}");
        }

        return text.ToString();
    }

    private static string Stamp(DateTime at) => "DTSTAMP:" + at.ToUniversalTime().ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
}
