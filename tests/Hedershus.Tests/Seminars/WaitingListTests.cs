using System.Net;
using Hedershus.Core.Seminars;
using Hedershus.Tests.Infrastructure;
using Hedershus.Tests.Mail;

namespace Hedershus.Tests.Seminars;

public abstract class WaitingListTests(SeminarHost host)
{
    private HedershusFactory Factory => host.Factory;

    [Fact]
    public async Task A_freed_seat_is_offered_to_the_first_in_line_who_accepts_by_POST()
    {
        var seminar = await SeminarStory.CreateSeminarAsync(Factory, capacity: 1);
        var (first, second) = (OutboxStory.NewAddress(), OutboxStory.NewAddress());
        using var client = Factory.CreateClient();
        var firstToken = await RegistrantStory.RegisterAsync(host, client, seminar, first);
        await RegistrantStory.RegisterAsync(host, client, seminar, second, "en");

        await ManagementClient.ExpectAsync(await client.PostAsync($"/api/registrations/{firstToken}/cancel", null), HttpStatusCode.OK);
        var offerToken = await RegistrantStory.TokenInLatestMailAsync(host, second);

        var offer = host.Smtp.To(second)[^1].Message;
        Assert.Equal("A seat is free: Training on honour-related violence", offer.Subject);
        Assert.Equal("offered", await RegistrantStory.StatusAsync(client, offerToken));
        var page = await (await client.GetAsync($"/seminarier/anmalan/{offerToken}")).Content.ReadAsStringAsync();
        Assert.Contains("/acceptera\"", page, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, (await client.GetAsync($"/seminarier/anmalan/{offerToken}/acceptera")).StatusCode);
        Assert.Equal("offered", await RegistrantStory.StatusAsync(client, offerToken));

        var accepted = await ManagementClient.ExpectAsync(await client.PostAsync($"/api/registrations/{offerToken}/accept", null), HttpStatusCode.OK);

        Assert.Equal("confirmed", accepted["status"]!.GetValue<string>());
        await OutboxStory.RunDeliveryAsync(Factory);
        var confirmation = host.Smtp.To(second)[^1].Message;
        Assert.Equal("Confirmation: Training on honour-related violence", confirmation.Subject);
        Assert.Single(confirmation.Attachments);
        var item = await ManagementClient.ExpectAsync(await client.GetAsync($"/api/seminars/{seminar}"), HttpStatusCode.OK);
        Assert.Equal(0, item["seatsLeft"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_open_offer_holds_its_seat_so_a_newcomer_joins_the_end_of_the_line()
    {
        var seminar = await SeminarStory.CreateSeminarAsync(Factory, capacity: 1);
        var (first, second, third, late) = (OutboxStory.NewAddress(), OutboxStory.NewAddress(), OutboxStory.NewAddress(), OutboxStory.NewAddress());
        using var client = Factory.CreateClient();
        var firstToken = await RegistrantStory.RegisterAsync(host, client, seminar, first);
        await RegistrantStory.RegisterAsync(host, client, seminar, second);
        await RegistrantStory.RegisterAsync(host, client, seminar, third);
        await ManagementClient.ExpectAsync(await client.PostAsync($"/api/registrations/{firstToken}/cancel", null), HttpStatusCode.OK);
        Assert.Equal("offered", await RegistrantStory.StatusAsync(client, await RegistrantStory.TokenInLatestMailAsync(host, second)));

        var lateToken = await RegistrantStory.RegisterAsync(host, client, seminar, late);

        Assert.Equal("waitlisted", await RegistrantStory.StatusAsync(client, lateToken));
        Assert.Equal(2, (await ManagementClient.ExpectAsync(await client.GetAsync($"/api/registrations/{lateToken}"), HttpStatusCode.OK))["placeInLine"]!.GetValue<int>());
        var again = await SeminarStory.RegisterAsync(client, seminar, SeminarStory.Registration(second, "sv"));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task An_offer_that_lapses_goes_to_the_next_in_line()
    {
        var seminar = await SeminarStory.CreateSeminarAsync(Factory, capacity: 1);
        var (first, second, third) = (OutboxStory.NewAddress(), OutboxStory.NewAddress(), OutboxStory.NewAddress());
        using var client = Factory.CreateClient();
        var firstToken = await RegistrantStory.RegisterAsync(host, client, seminar, first);
        await RegistrantStory.RegisterAsync(host, client, seminar, second);
        var thirdToken = await RegistrantStory.RegisterAsync(host, client, seminar, third);
        Assert.Equal(2, (await ManagementClient.ExpectAsync(await client.GetAsync($"/api/registrations/{thirdToken}"), HttpStatusCode.OK))["placeInLine"]!.GetValue<int>());

        await ManagementClient.ExpectAsync(await client.PostAsync($"/api/registrations/{firstToken}/cancel", null), HttpStatusCode.OK);
        var secondOffer = await RegistrantStory.TokenInLatestMailAsync(host, second);
        var deadline = (await ManagementClient.ExpectAsync(await client.GetAsync($"/api/registrations/{secondOffer}"), HttpStatusCode.OK))["offerExpiresAt"]!.GetValue<DateTime>();
        Assert.Equal(Factory.Clock.GetUtcNow().UtcDateTime.AddHours(Seminar.DefaultOfferResponseHours), deadline.ToUniversalTime());

        await RegistrantStory.RunJobAsync<SeminarChangesJob>(Factory);
        Assert.Equal("offered", await RegistrantStory.StatusAsync(client, secondOffer)); // not lapsed yet
        Factory.Clock.Advance(TimeSpan.FromHours(Seminar.DefaultOfferResponseHours));
        await RegistrantStory.RunJobAsync<SeminarChangesJob>(Factory);
        await RegistrantStory.RunJobAsync<SeminarChangesJob>(Factory);

        Assert.Equal("cancelled", await RegistrantStory.StatusAsync(client, secondOffer));
        var thirdOffer = await RegistrantStory.TokenInLatestMailAsync(host, third);
        Assert.Equal("offered", await RegistrantStory.StatusAsync(client, thirdOffer));
        Assert.Equal(2, host.Smtp.To(third).Count); // waiting-list notice and one offer, even after two runs
        var late = await ManagementClient.ExpectProblemAsync(await client.PostAsync($"/api/registrations/{secondOffer}/accept", null), HttpStatusCode.Conflict);
        Assert.Equal("noOffer", late["reason"]!.GetValue<string>());
    }

    [Fact]
    public void An_offer_close_to_the_start_is_valid_for_half_the_time_left()
    {
        var now = new DateTime(2026, 4, 14, 9, 0, 0, DateTimeKind.Utc);
        var seminar = new Seminar { Key = Guid.NewGuid(), Culture = "sv", Name = "x", StartDate = now.AddHours(10), OfferResponseHours = 48 };

        Assert.Equal(now.AddHours(5), WaitingList.OfferDeadline(seminar, now));
        Assert.Equal(now.AddHours(48), WaitingList.OfferDeadline(seminar with { StartDate = now.AddDays(30) }, now));
    }
}

public sealed class SqliteWaitingListTests(SqliteSeminarHost host) : WaitingListTests(host), IClassFixture<SqliteSeminarHost>;

public sealed class PostgresWaitingListTests(PostgresSeminarHost host) : WaitingListTests(host), IClassFixture<PostgresSeminarHost>;
