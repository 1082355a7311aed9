using System.Text;
using Hedershus.Core.Seminars;

namespace Hedershus.Tests.Seminars;

/// <summary>The .ics is serialised once per seminar text; each message still gets its own stamp and the current text.</summary>
public sealed class SeminarCalendarFileTests
{
    [Fact]
    public void Each_message_gets_its_own_stamp_and_a_changed_seminar_a_new_calendar()
    {
        var start = new DateTime(2026, 5, 4, 8, 0, 0, DateTimeKind.Utc);
        var seminar = new Seminar
        {
            Key = Guid.NewGuid(), Culture = "sv", Name = "Hedersnormer", Summary = "Grundkurs",
            Sessions = [new SeminarSession(start, start.AddHours(3), "Stockholm", false)],
        };

        var first = Parse(SeminarCalendar.For(seminar, new DateTime(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc)));
        var second = Parse(SeminarCalendar.For(seminar, new DateTime(2026, 3, 2, 9, 5, 7, DateTimeKind.Utc)));
        var moved = Parse(SeminarCalendar.For(seminar with { Name = "Hedersnormer II", Sessions = [new SeminarSession(start.AddDays(1), null, null, true)] },
            new DateTime(2026, 3, 2, 9, 6, 0, DateTimeKind.Utc)));

        Assert.Equal(new DateTime(2026, 3, 2, 9, 0, 0), first.DtStamp!.Value);
        Assert.Equal(new DateTime(2026, 3, 2, 9, 5, 7), second.DtStamp!.Value);
        Assert.Equal("Hedersnormer", second.Summary);
        Assert.Equal("Stockholm", second.Location);
        Assert.Equal("Hedersnormer II", moved.Summary);
        Assert.Equal("Online", moved.Location);
        Assert.Equal(start.AddDays(1), moved.DtStart!.Value);
    }

    private static Ical.Net.CalendarComponents.CalendarEvent Parse(Hedershus.Core.Mail.OutboxAttachment? attachment) =>
        Assert.Single(Ical.Net.Calendar.Load(Encoding.UTF8.GetString(Assert.IsType<Hedershus.Core.Mail.OutboxAttachment>(attachment).Content))!.Events);
}
