using System.Text;
using Ical.Net;
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

    public static OutboxAttachment? For(Seminar seminar, DateTime stampedAt)
    {
        var sessions = seminar.Sessions.Count > 0 ? seminar.Sessions
            : seminar.StartDate is { } start ? [new SeminarSession(start, null, seminar.Location, false)] : [];
        if (sessions.Count == 0)
        {
            return null;
        }

        var calendar = new Calendar { Method = "PUBLISH", ProductId = "-//Hedershus//Seminars//SV" };
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
                DtStamp = new CalDateTime(stampedAt, "UTC"),
                DtStart = new CalDateTime(session.Start, "UTC"),
                DtEnd = new CalDateTime(session.End ?? session.Start.AddHours(1), "UTC"),
            });
        }

        var text = new CalendarSerializer().SerializeToString(calendar) ?? "";
        return new OutboxAttachment(FileName, "text/calendar; method=PUBLISH; charset=utf-8", Encoding.UTF8.GetBytes(text));
    }
}
