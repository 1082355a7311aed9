using System.Net;
using Hedershus.Core.Seminars;
using Hedershus.Tests.Infrastructure;
using Hedershus.Tests.Mail;
using MimeKit;

namespace Hedershus.Tests.Seminars;

/// <summary>The e-mail of each kind as a registrant receives it: MIME structure, language, link and calendar.</summary>
public abstract class SeminarMailTests(SeminarHost host)
{
    private static readonly DateTime MovedStart = new(2026, 5, 20, 13, 0, 0, DateTimeKind.Utc);

    private HedershusFactory Factory => host.Factory;

    [Fact]
    public async Task A_changed_time_reaches_everyone_registered_once_with_a_new_calendar_and_a_withdrawal_follows_without_one()
    {
        var seminar = await SeminarStory.CreateSeminarAsync(Factory, capacity: 1);
        var (seated, waiting) = (OutboxStory.NewAddress(), OutboxStory.NewAddress());
        using var client = Factory.CreateClient();
        await RegistrantStory.RegisterAsync(host, client, seminar, seated, "en");
        await RegistrantStory.RegisterAsync(host, client, seminar, waiting);

        await SeminarStory.MoveAsync(Factory, seminar, MovedStart);
        await RegistrantStory.RunJobAsync<SeminarChangesJob>(Factory);
        await RegistrantStory.RunJobAsync<SeminarChangesJob>(Factory);
        await OutboxStory.RunDeliveryAsync(Factory);

        var changed = host.Smtp.To(seated)[^1].Message;
        Assert.Equal("New time or place: Training on honour-related violence", changed.Subject);
        AssertStructure(changed, "en", withCalendar: true);
        Assert.Contains("Starts: 2026-05-20 13:00 UTC", changed.TextBody, StringComparison.Ordinal);
        Assert.Equal(MovedStart, Assert.Single(Calendar(changed).Events).DtStart!.AsUtc);
        Assert.Equal("Göteborg", Calendar(changed).Events.Single().Location);
        Assert.StartsWith("Ändrad tid eller plats: ", host.Smtp.To(waiting)[^1].Message.Subject, StringComparison.Ordinal);
        Assert.Equal(2, host.Smtp.To(seated).Count); // one notice after two runs

        await SeminarStory.UnpublishAsync(Factory, seminar);
        await RegistrantStory.RunJobAsync<SeminarChangesJob>(Factory);
        await OutboxStory.RunDeliveryAsync(Factory);

        var withdrawn = host.Smtp.To(seated)[^1].Message;
        Assert.Equal("Cancelled by the organiser: Training on honour-related violence", withdrawn.Subject);
        AssertStructure(withdrawn, "en", withCalendar: false);
        Assert.DoesNotContain("/seminarier/anmalan/", withdrawn.TextBody, StringComparison.Ordinal);
        Assert.StartsWith("Inställt: ", host.Smtp.To(waiting)[^1].Message.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_auto_confirm_mode_a_freed_seat_goes_straight_to_the_first_in_line()
    {
        var seminar = await SeminarStory.CreateSeminarAsync(Factory, capacity: 1, waitingListAutoConfirm: true);
        var (holder, first, second) = (OutboxStory.NewAddress(), OutboxStory.NewAddress(), OutboxStory.NewAddress());
        using var client = Factory.CreateClient();
        var holderToken = await RegistrantStory.RegisterAsync(host, client, seminar, holder);
        var firstToken = await RegistrantStory.RegisterAsync(host, client, seminar, first);
        var secondToken = await RegistrantStory.RegisterAsync(host, client, seminar, second);

        await ManagementClient.ExpectAsync(await client.PostAsync($"/api/registrations/{holderToken}/cancel", null), HttpStatusCode.OK);

        Assert.Equal("confirmed", await RegistrantStory.StatusAsync(client, firstToken));
        Assert.Equal("waitlisted", await RegistrantStory.StatusAsync(client, secondToken));
        await OutboxStory.RunDeliveryAsync(Factory);
        var confirmation = host.Smtp.To(first)[^1].Message;
        Assert.StartsWith("Bekräftelse: ", confirmation.Subject, StringComparison.Ordinal);
        AssertStructure(confirmation, "sv", withCalendar: true);
        Assert.DoesNotContain(host.Smtp.To(first), m => m.Message.Subject!.StartsWith("En plats är ledig", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ar", "rtl", "تأكيد: ")]
    [InlineData("fa", "rtl", "تأیید: ")]
    [InlineData("tr", "ltr", "Onay: ")]
    [InlineData("sv-x-lattlast", "ltr", "Du har en plats: ")]
    [InlineData("so", "ltr", "Confirmation: ")] // no Somali template yet: English
    [InlineData("ckb", "ltr", "Confirmation: ")]
    public async Task The_confirmation_comes_in_the_registrants_language_where_a_template_exists(string language, string direction, string subject)
    {
        var seminar = await SeminarStory.CreateSeminarAsync(Factory, capacity: 5);
        var email = OutboxStory.NewAddress();
        using var client = Factory.CreateClient();
        await RegistrantStory.RegisterAsync(host, client, seminar, email, language);

        var mail = Assert.Single(host.Smtp.To(email)).Message;
        Assert.StartsWith(subject, mail.Subject, StringComparison.Ordinal);
        var expectedLanguage = subject.StartsWith("Confirmation", StringComparison.Ordinal) ? "en" : language;
        AssertStructure(mail, expectedLanguage, withCalendar: true);
        Assert.Contains($"dir=\"{direction}\"", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains($"lang=\"{expectedLanguage}\"", mail.HtmlBody, StringComparison.Ordinal);
    }

    /// <summary>multipart/mixed (alternative text + HTML, then the .ics) or multipart/alternative alone; headers and language.</summary>
    internal static void AssertStructure(MimeMessage mail, string language, bool withCalendar)
    {
        Assert.Equal(language, mail.Body!.Headers[HeaderId.ContentLanguage]);
        Assert.Equal("auto-generated", mail.Headers["Auto-Submitted"]);
        Assert.False(string.IsNullOrEmpty(mail.MessageId));
        var alternative = withCalendar ? Assert.IsType<MultipartAlternative>(Assert.IsType<Multipart>(mail.Body)[0]) : Assert.IsType<MultipartAlternative>(mail.Body);
        Assert.Equal(["text/plain", "text/html"], alternative.Select(p => p.ContentType.MimeType));
        Assert.All(alternative.OfType<TextPart>(), p => Assert.Equal("utf-8", p.ContentType.Charset, ignoreCase: true));
        if (withCalendar)
        {
            var mixed = Assert.IsType<Multipart>(mail.Body);
            Assert.Equal("multipart/mixed", mixed.ContentType.MimeType);
            var ics = Assert.IsAssignableFrom<MimePart>(mixed[1]);
            Assert.Equal("text/calendar", ics.ContentType.MimeType);
            Assert.Equal("PUBLISH", ics.ContentType.Parameters["method"]);
            Assert.NotEmpty(Calendar(mail).Events);
        }
        else
        {
            Assert.Empty(mail.Attachments);
        }
    }

    internal static Ical.Net.Calendar Calendar(MimeMessage mail)
    {
        var part = mail.Attachments.OfType<MimePart>().Single(a => a.ContentType.MimeType == "text/calendar");
        using var content = new MemoryStream();
        part.Content!.DecodeTo(content);
        var text = System.Text.Encoding.UTF8.GetString(content.ToArray());
        Assert.DoesNotContain("http", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@example.org", text, StringComparison.OrdinalIgnoreCase);
        return Ical.Net.Calendar.Load(text)!;
    }
}

public sealed class SqliteSeminarMailTests(SqliteSeminarHost host) : SeminarMailTests(host), IClassFixture<SqliteSeminarHost>;

public sealed class PostgresSeminarMailTests(PostgresSeminarHost host) : SeminarMailTests(host), IClassFixture<PostgresSeminarHost>;
