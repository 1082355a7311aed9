using System.Net;
using Hedershus.Tests.Infrastructure;
using Hedershus.Tests.Mail;
using Hedershus.Tests.Seminars;

namespace Hedershus.Tests.Site.Seminars;

/// <summary>Robots are turned away before anything is stored: honeypot, minimum fill time, anti-forgery, e-mail syntax.</summary>
public abstract class RegistrationAbuseTests(SeminarHost host)
{
    private HedershusFactory Factory => host.Factory;

    [Fact]
    public async Task A_post_sooner_than_the_minimum_fill_time_is_refused_then_accepted_once_time_has_passed()
    {
        var (seminar, route) = await SeminarSiteStory.CreateAsync(Factory, new SeminarSpec { Capacity = 5 });
        using var visitor = new SeminarFormClient(Factory);
        var email = OutboxStory.NewAddress();
        var page = await visitor.OpenAsync(route);

        Factory.Clock.Advance(TimeSpan.FromSeconds(2));
        using var tooFast = await visitor.SendAsync(page, SeminarFormClient.Person(email), waitFirst: false);

        var html = await tooFast.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, tooFast.StatusCode);
        Assert.Contains("Vi kunde inte ta emot formuläret. Kontrollera uppgifterna och skicka igen.", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{email}\"", html, StringComparison.Ordinal);
        Assert.Equal(5, await SeatsLeftAsync(visitor, seminar));

        using var later = await visitor.SendAsync(SeminarFormClient.Parse(html), SeminarFormClient.Person(email));
        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
        Assert.Equal(4, await SeatsLeftAsync(visitor, seminar));
    }

    [Fact]
    public async Task A_filled_honeypot_is_refused_and_nothing_is_stored_or_sent()
    {
        var (seminar, route) = await SeminarSiteStory.CreateAsync(Factory, new SeminarSpec { Capacity = 5 });
        using var visitor = new SeminarFormClient(Factory);
        var email = OutboxStory.NewAddress();
        var page = await visitor.OpenAsync(route);

        using var response = await visitor.SendAsync(page, [.. SeminarFormClient.Person(email), new("webbplats", "https://spam.example")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Anmälan kunde inte skickas.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(5, await SeatsLeftAsync(visitor, seminar));
        await OutboxStory.RunDeliveryAsync(Factory);
        Assert.Empty(host.Smtp.To(email));
    }

    [Fact]
    public async Task A_stamp_from_another_seminar_or_a_forged_one_is_refused()
    {
        var (_, other) = await SeminarSiteStory.CreateAsync(Factory, new SeminarSpec());
        var (seminar, route) = await SeminarSiteStory.CreateAsync(Factory, new SeminarSpec { Capacity = 5 });
        using var visitor = new SeminarFormClient(Factory);
        var page = await visitor.OpenAsync(route);
        var foreignStamp = (await visitor.OpenAsync(other)).Hidden.Single(h => h.Key == "stamp").Value;

        foreach (var stamp in new[] { foreignStamp, "CfDJ8forged", "" })
        {
            var forged = page with { Hidden = [.. page.Hidden.Where(h => h.Key != "stamp"), new("stamp", stamp)] };
            using var response = await visitor.SendAsync(forged, SeminarFormClient.Person(OutboxStory.NewAddress()));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }

        Assert.Equal(5, await SeatsLeftAsync(visitor, seminar));
    }

    [Fact]
    public async Task A_post_without_the_anti_forgery_cookie_or_token_is_refused_and_shows_the_form_again()
    {
        var (seminar, route) = await SeminarSiteStory.CreateAsync(Factory, new SeminarSpec { Capacity = 5 });
        using var visitor = new SeminarFormClient(Factory);
        using var stranger = new SeminarFormClient(Factory);
        var page = await visitor.OpenAsync(route);
        var withoutToken = page with { Hidden = [.. page.Hidden.Where(h => h.Key != "__RequestVerificationToken")] };

        using var noCookie = await stranger.SendAsync(page, SeminarFormClient.Person(OutboxStory.NewAddress()));
        using var noToken = await visitor.SendAsync(withoutToken, SeminarFormClient.Person(OutboxStory.NewAddress()));
        using var notAForm = await visitor.Http.PostAsync(page.Action, new StringContent("{\"name\":\"x\"}", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, noCookie.StatusCode);
        Assert.Contains("nödvändig kaka", await noCookie.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, notAForm.StatusCode);
        Assert.Equal(5, await SeatsLeftAsync(visitor, seminar));
    }

    [Fact]
    public async Task A_form_for_an_unknown_seminar_is_the_404_page()
    {
        var (_, route) = await SeminarSiteStory.CreateAsync(Factory, new SeminarSpec());
        using var visitor = new SeminarFormClient(Factory);
        var page = await visitor.OpenAsync(route);

        using var response = await visitor.SendAsync(page with { Action = $"/seminarier/{Guid.NewGuid()}/anmalan" }, SeminarFormClient.Person(OutboxStory.NewAddress()));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Sidan finns inte", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("anna@example")]
    [InlineData("anna @example.org")]
    [InlineData("Anna <anna@example.org>")]
    [InlineData("anna@-example.org")]
    [InlineData("anna@example..org")]
    [InlineData("anna.@example.org")]
    [InlineData("anna@[192.0.2.1]")]
    [InlineData("\"anna\"@example.org")]
    public async Task An_address_a_mail_server_would_not_route_is_refused_by_the_api(string email)
    {
        var (seminar, _) = await SeminarSiteStory.CreateAsync(Factory, new SeminarSpec());
        using var client = Factory.CreateClient();

        var response = await SeminarStory.RegisterAsync(client, seminar, SeminarStory.Registration(email));

        var problem = await ManagementClient.ExpectProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem["errors"]!.AsObject().ContainsKey("email"), problem.ToJsonString());
    }

    [Theory]
    [InlineData("anna.andersson@botkyrka.se")]
    [InlineData("a.b-c+kurs@sub.example-domain.org")]
    [InlineData("åsa@exempel.se")]
    public async Task Ordinary_addresses_are_accepted(string email)
    {
        var (seminar, _) = await SeminarSiteStory.CreateAsync(Factory, new SeminarSpec());
        using var client = Factory.CreateClient();

        var response = await SeminarStory.RegisterAsync(client, seminar, SeminarStory.Registration(email));

        await ManagementClient.ExpectAsync(response, HttpStatusCode.Created);
    }

    private static async Task<int> SeatsLeftAsync(SeminarFormClient visitor, Guid seminar) =>
        (await ManagementClient.ExpectAsync(await visitor.Http.GetAsync($"/api/seminars/{seminar}"), HttpStatusCode.OK))["seatsLeft"]!.GetValue<int>();
}

public sealed class SqliteRegistrationAbuseTests(SqliteSeminarHost host) : RegistrationAbuseTests(host), IClassFixture<SqliteSeminarHost>;

public sealed class PostgresRegistrationAbuseTests(PostgresSeminarHost host) : RegistrationAbuseTests(host), IClassFixture<PostgresSeminarHost>;
