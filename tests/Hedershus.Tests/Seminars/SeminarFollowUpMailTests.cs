using Hedershus.Core.Seminars;
using Hedershus.Tests.Infrastructure;
using Hedershus.Tests.Mail;

namespace Hedershus.Tests.Seminars;

/// <summary>Reminder and evaluation mail. A class of its own: it moves its host's clock past the seminars' start.</summary>
public abstract class SeminarFollowUpMailTests(SeminarHost host)
{
    private HedershusFactory Factory => host.Factory;

    [Fact]
    public async Task Reminder_and_evaluation_are_well_formed_and_the_evaluation_links_the_form_once_after_the_end()
    {
        var seminar = await SeminarStory.CreateSeminarAsync(Factory, capacity: 5, evaluationUrl: "https://forms.example.org/utvardering");
        var email = OutboxStory.NewAddress();
        using var client = Factory.CreateClient();
        await RegistrantStory.RegisterAsync(host, client, seminar, email, "en");
        var start = new DateTime(2026, 4, 15, 9, 0, 0, DateTimeKind.Utc);

        Factory.Clock.Advance(start.AddDays(-1) - Factory.Clock.GetUtcNow().UtcDateTime);
        await RegistrantStory.RunJobAsync<SeminarFollowUpJob>(Factory);
        Factory.Clock.Advance(TimeSpan.FromDays(1.5)); // after the end at 12:00
        await RegistrantStory.RunJobAsync<SeminarFollowUpJob>(Factory);
        await RegistrantStory.RunJobAsync<SeminarFollowUpJob>(Factory);
        await OutboxStory.RunDeliveryAsync(Factory);

        var mails = host.Smtp.To(email).Select(m => m.Message).ToList();
        Assert.Equal(["Confirmation", "Reminder", "What did you think of Training on honour-related violence?"],
            mails.Select(m => m.Subject!.Split(':')[0]));
        SeminarMailTests.AssertStructure(mails[1], "en", withCalendar: false);
        Assert.Contains("/seminarier/anmalan/", mails[1].TextBody, StringComparison.Ordinal);
        SeminarMailTests.AssertStructure(mails[2], "en", withCalendar: false);
        Assert.Contains("https://forms.example.org/utvardering", mails[2].TextBody, StringComparison.Ordinal);
        Assert.Contains("href=\"https://forms.example.org/utvardering\"", mails[2].HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("/seminarier/anmalan/", mails[2].TextBody, StringComparison.Ordinal);
    }
}

public sealed class SqliteSeminarFollowUpMailTests(SqliteSeminarHost host) : SeminarFollowUpMailTests(host), IClassFixture<SqliteSeminarHost>;

public sealed class PostgresSeminarFollowUpMailTests(PostgresSeminarHost host) : SeminarFollowUpMailTests(host), IClassFixture<PostgresSeminarHost>;
