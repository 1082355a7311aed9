using System.Net;
using System.Text.RegularExpressions;
using Hedershus.Tests.Infrastructure;
using Hedershus.Tests.Mail;
using Hedershus.Tests.Seminars;

namespace Hedershus.Tests.Site.Seminars;

/// <summary>The registration form on a seminar's page, as a browser without script uses it.</summary>
public abstract partial class SeminarFormTests(SeminarHost host)
{
    private HedershusFactory Factory => host.Factory;

    [Fact]
    public async Task The_form_registers_a_seat_and_the_confirmation_carries_the_registrants_own_link()
    {
        var (seminar, route) = await SeminarSiteStory.CreateAsync(Factory, new SeminarSpec { Capacity = 5, Questions = SeminarSiteStory.DietQuestion });
        using var visitor = new SeminarFormClient(Factory);
        var email = OutboxStory.NewAddress();

        var page = await visitor.OpenAsync(route);
        using var response = await visitor.SendAsync(page, [.. SeminarFormClient.Person(email), new("answers.diet", "vegansk"), new("answers.interpreting", "on")]);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Du har fått en plats.", html, StringComparison.Ordinal);
        Assert.Contains($"Vi har skickat ett mejl till {email}", html, StringComparison.Ordinal);
        Assert.Contains("id=\"quick-exit\"", html, StringComparison.Ordinal);
        var item = await ManagementClient.ExpectAsync(await visitor.Http.GetAsync($"/api/seminars/{seminar}"), HttpStatusCode.OK);
        Assert.Equal(4, item["seatsLeft"]!.GetValue<int>());
        var token = await RegistrantStory.TokenInLatestMailAsync(host, email);
        Assert.Equal("confirmed", await RegistrantStory.StatusAsync(visitor.Http, token));
    }

    [Fact]
    public async Task The_form_keeps_personal_fields_out_of_autofill_and_says_who_reads_it_next_to_the_button()
    {
        var (_, route) = await SeminarSiteStory.CreateAsync(Factory, new SeminarSpec { Questions = SeminarSiteStory.DietQuestion });
        using var visitor = new SeminarFormClient(Factory);

        var page = await visitor.OpenAsync(route);

        foreach (var field in new[] { "name", "email", "organisation", "role" })
        {
            Assert.Matches(new Regex($"<input id=\"f-{field}\" name=\"{field}\" [^>]*autocomplete=\"off\""), page.Html);
        }

        Assert.Matches(WhoReadsThenButton(), page.Html);
        Assert.Contains("allmän handling", page.Html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"f-consent\">", page.Html, StringComparison.Ordinal);
        Assert.Contains("name=\"__RequestVerificationToken\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"hp\" aria-hidden=\"true\">", page.Html, StringComparison.Ordinal);
        Assert.Contains("<legend><span>Kost</span></legend>", page.Html, StringComparison.Ordinal);
        Assert.Contains("type=\"radio\" value=\"vegansk\"", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_only_cookie_is_the_strict_http_only_anti_forgery_cookie_of_an_open_form()
    {
        var (_, open) = await SeminarSiteStory.CreateAsync(Factory, new SeminarSpec());
        var (_, closed) = await SeminarSiteStory.CreateAsync(Factory, new SeminarSpec { RegistrationCloses = "2026-03-01T00:00:00Z" });
        using var visitor = new SeminarFormClient(Factory);

        using var openPage = await visitor.Http.GetAsync(open);
        using var closedPage = await visitor.Http.GetAsync(closed);
        using var calendar = await visitor.Http.GetAsync("/seminarier/");

        var cookie = Assert.Single(openPage.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith(Hedershus.Web.Backoffice.Shell.BackofficeUiServiceCollectionExtensions.AntiforgeryCookieName + "=", cookie, StringComparison.Ordinal);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("expires", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.False(closedPage.Headers.Contains("Set-Cookie"));
        Assert.False(calendar.Headers.Contains("Set-Cookie"));
        var closedHtml = await closedPage.Content.ReadAsStringAsync();
        Assert.Contains("Anmälan är stängd", closedHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("registration-form", closedHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_seminar_page_lists_each_session_in_swedish_time_with_its_place_or_online_and_who_may_register()
    {
        var (_, route) = await SeminarSiteStory.CreateAsync(Factory, new SeminarSpec { SecondSessionOnline = true, Eligibility = "professionals" });
        using var visitor = new SeminarFormClient(Factory);

        var page = await visitor.OpenAsync(route);

        Assert.Contains("<h2>Tillfällen</h2>", page.Html, StringComparison.Ordinal);
        Assert.Contains("<time datetime=\"2026-04-15T11:00&#x2B;02:00\">15 april 2026, 11:00–14:00</time>, Stockholm", page.Html, StringComparison.Ordinal);
        Assert.Contains("<time datetime=\"2026-04-16T11:00&#x2B;02:00\">16 april 2026, 11:00–14:00</time>, Digitalt", page.Html, StringComparison.Ordinal);
        Assert.Contains("<dd>Stockholm, Digitalt</dd>", page.Html, StringComparison.Ordinal);
        Assert.Contains("<dt>Undervisningsspråk</dt>", page.Html, StringComparison.Ordinal);
        Assert.Matches(new Regex("<dt>Vem kan anmäla sig</dt>\\s*<dd>Yrkesverksamma</dd>"), page.Html);
        Assert.Contains("<p class=\"seats seats-open\">10 platser kvar</p>", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Errors_stand_next_to_their_fields_and_in_a_summary_and_nothing_typed_is_lost()
    {
        var (seminar, route) = await SeminarSiteStory.CreateAsync(Factory, new SeminarSpec { Capacity = 5, Questions = SeminarSiteStory.DietQuestion });
        using var visitor = new SeminarFormClient(Factory);
        var page = await visitor.OpenAsync(route);

        using var response = await visitor.SendAsync(page,
            [new("name", ""), new("email", "anna.example.org"), new("organisation", "Botkyrka kommun"), new("municipality", "Botkyrka"), new("answers.interpreting", "on")]);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<title>Fel: Anmälan: Samtal om heder", html, StringComparison.Ordinal);
        var summary = ErrorSummary().Match(html).Value;
        Assert.Equal(["#f-name", "#f-email", "#f-answers-diet", "#f-consent"], SummaryLink().Matches(summary).Select(m => m.Groups[1].Value));
        Assert.Contains("<p id=\"f-email-error\" class=\"error-message\">Skriv e-postadressen i formen namn@exempel.se</p>", html, StringComparison.Ordinal);
        Assert.Matches(new Regex("<input id=\"f-email\" name=\"email\" type=\"email\" value=\"anna.example.org\"[^>]*aria-invalid=\"true\" aria-describedby=\"f-email-hint f-email-error\""), html);
        Assert.Contains("value=\"Botkyrka kommun\"", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"Botkyrka\" selected>", html, StringComparison.Ordinal);
        Assert.Matches(new Regex("name=\"answers.interpreting\" type=\"checkbox\" value=\"on\" checked"), html);
        Assert.Contains("aria-describedby=\"f-answers-diet-error\"", html, StringComparison.Ordinal);
        var item = await ManagementClient.ExpectAsync(await visitor.Http.GetAsync($"/api/seminars/{seminar}"), HttpStatusCode.OK);
        Assert.Equal(5, item["seatsLeft"]!.GetValue<int>());

        var again = SeminarFormClient.Parse(html);
        using var fixedUp = await visitor.SendAsync(again, [.. SeminarFormClient.Person(OutboxStory.NewAddress()), new("answers.diet", "vegetarisk")]);
        Assert.Equal(HttpStatusCode.OK, fixedUp.StatusCode);
    }

    [Fact]
    public async Task A_full_seminar_says_join_the_waiting_list_and_the_form_gives_a_place_in_line()
    {
        var (seminar, route) = await SeminarSiteStory.CreateAsync(Factory, new SeminarSpec { Capacity = 1 });
        using var visitor = new SeminarFormClient(Factory);
        await ManagementClient.ExpectAsync(await SeminarStory.RegisterAsync(visitor.Http, seminar, SeminarStory.Registration(OutboxStory.NewAddress())), HttpStatusCode.Created);

        var page = await visitor.OpenAsync(route);
        using var response = await visitor.SendAsync(page, SeminarFormClient.Person(OutboxStory.NewAddress()));

        Assert.Contains("Fullbokat – anmäl dig till väntelistan", page.Html, StringComparison.Ordinal);
        Assert.Contains("Du står på plats 1 i väntelistan", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_approval_required_the_form_says_the_registration_is_reviewed()
    {
        var (_, route) = await SeminarSiteStory.CreateAsync(Factory, new SeminarSpec { ApprovalRequired = true });
        using var visitor = new SeminarFormClient(Factory);

        var page = await visitor.OpenAsync(route);
        using var response = await visitor.SendAsync(page, SeminarFormClient.Person(OutboxStory.NewAddress()));

        Assert.Contains("Vi går igenom anmälningarna innan platserna bekräftas.", page.Html, StringComparison.Ordinal);
        Assert.Contains("Vi har tagit emot anmälan. Vi går igenom den", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_address_already_registered_is_an_error_at_the_email_field()
    {
        var (seminar, route) = await SeminarSiteStory.CreateAsync(Factory, new SeminarSpec());
        using var visitor = new SeminarFormClient(Factory);
        var email = OutboxStory.NewAddress();
        await ManagementClient.ExpectAsync(await SeminarStory.RegisterAsync(visitor.Http, seminar, SeminarStory.Registration(email)), HttpStatusCode.Created);

        var page = await visitor.OpenAsync(route);
        using var response = await visitor.SendAsync(page, SeminarFormClient.Person(email.ToUpperInvariant()));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("<p id=\"f-email-error\" class=\"error-message\">Den här e-postadressen är redan anmäld.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_seminar_page_in_arabic_is_right_to_left_with_arabic_labels_and_the_fallback_text_marked()
    {
        var (_, route) = await SeminarSiteStory.CreateAsync(Factory, new SeminarSpec { Questions = SeminarSiteStory.DietQuestion });
        using var visitor = new SeminarFormClient(Factory);

        var page = await visitor.OpenAsync("/ar" + route);

        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", page.Html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"f-name\"><span>الاسم</span></label>", page.Html, StringComparison.Ordinal);
        Assert.Contains("<div lang=\"sv\" dir=\"ltr\"><h1>Samtal om heder", page.Html, StringComparison.Ordinal);
        Assert.Contains("<legend><span lang=\"sv\">Kost</span></legend>", page.Html, StringComparison.Ordinal);
        Assert.StartsWith("/ar/seminarier/", page.Action, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_registrant_page_has_the_site_frame_with_the_quick_exit_first_and_is_not_indexed()
    {
        var (seminar, _) = await SeminarSiteStory.CreateAsync(Factory, new SeminarSpec());
        using var visitor = new SeminarFormClient(Factory);
        var email = OutboxStory.NewAddress();
        var page = await visitor.OpenAsync(SitePages.Snapshot(Factory).Find(seminar)!.Cultures["en"].Route!);
        (await visitor.SendAsync(page, SeminarFormClient.Person(email))).Dispose();
        var token = await RegistrantStory.TokenInLatestMailAsync(host, email);

        using var anonymous = Factory.CreateClient();
        using var response = await anonymous.GetAsync($"/seminarier/anmalan/{token}");

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"en\" dir=\"ltr\">", html, StringComparison.Ordinal);
        Assert.Matches(new Regex("<body><a class=\"skip-link\" href=\"#main\">[^<]+</a>\\s*<div class=\"exit-bar\"><a id=\"quick-exit\""), html);
        Assert.Contains("You have a seat.", html, StringComparison.Ordinal);
        Assert.Contains($"action=\"/seminarier/anmalan/{token}/avboka\"", html, StringComparison.Ordinal);
        Assert.Equal("noindex, nofollow", response.Headers.GetValues("X-Robots-Tag").Single());
        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/seminarier/anmalan/{new string('A', 43)}")).StatusCode);
    }

    [GeneratedRegex("<div class=\"error-summary\".*?</div>", RegexOptions.Singleline)]
    private static partial Regex ErrorSummary();

    [GeneratedRegex("<a href=\"(#[^\"]+)\">")]
    private static partial Regex SummaryLink();

    [GeneratedRegex("<p class=\"who-reads\">[^<]*Stockholms stad[^<]*allmän handling[^<]*</p>\\s*<button type=\"submit\">Skicka anmälan</button>")]
    private static partial Regex WhoReadsThenButton();
}

public sealed class SqliteSeminarFormTests(SqliteSeminarHost host) : SeminarFormTests(host), IClassFixture<SqliteSeminarHost>;

public sealed class PostgresSeminarFormTests(PostgresSeminarHost host) : SeminarFormTests(host), IClassFixture<PostgresSeminarHost>;
