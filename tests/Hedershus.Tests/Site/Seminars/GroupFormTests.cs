using System.Net;
using System.Text.RegularExpressions;
using Hedershus.Tests.Infrastructure;
using Hedershus.Tests.Mail;
using Hedershus.Tests.Seminars;

namespace Hedershus.Tests.Site.Seminars;

/// <summary>A coordinator's form for several colleagues: chosen by a GET of the group's size, sent as one POST.</summary>
public abstract partial class GroupFormTests(SeminarHost host)
{
    private HedershusFactory Factory => host.Factory;

    [Fact]
    public async Task The_group_form_registers_the_filled_boxes_skips_the_blank_one_and_mails_each_person()
    {
        var (seminar, route) = await SeminarSiteStory.CreateAsync(Factory, new SeminarSpec { Capacity = 1, Questions = SeminarSiteStory.DietQuestion });
        using var visitor = new SeminarFormClient(Factory);
        var (first, second) = (OutboxStory.NewAddress(), OutboxStory.NewAddress());

        var page = await visitor.OpenAsync(route + "?grupp=3");
        using var response = await visitor.SendAsync(page,
        [
            new("organisation", "Huddinge kommun"), new("organisationType", "kommun"), new("municipality", "Huddinge"), new("consent", "on"),
            new("members[0].name", "Kim Berg"), new("members[0].email", first), new("members[0].answers.diet", "vegansk"),
            new("members[2].name", "Sam Ek"), new("members[2].email", second), new("members[2].answers.diet", "vegetarisk"),
        ]);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(3, PersonBox().Count(page.Html));
        Assert.Contains("<title>Anmäl en grupp: Samtal om heder", page.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches(new Regex($"<td>Kim Berg</td><td>{Regex.Escape(first)}</td><td>Har en plats</td>"), html);
        Assert.Matches(new Regex($"<td>Sam Ek</td><td>{Regex.Escape(second)}</td><td>Väntelista, plats 1</td>"), html);
        var tokens = new[] { await RegistrantStory.TokenInLatestMailAsync(host, first), await RegistrantStory.TokenInLatestMailAsync(host, second) };
        Assert.Equal(["confirmed", "waitlisted"], await Task.WhenAll(tokens.Select(t => RegistrantStory.StatusAsync(visitor.Http, t))));
        var item = await ManagementClient.ExpectAsync(await visitor.Http.GetAsync($"/api/seminars/{seminar}"), HttpStatusCode.OK);
        Assert.Equal(0, item["seatsLeft"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_error_is_shown_at_the_box_it_belongs_to_and_every_box_keeps_what_was_typed()
    {
        var (seminar, route) = await SeminarSiteStory.CreateAsync(Factory, new SeminarSpec { Capacity = 5, Questions = SeminarSiteStory.DietQuestion });
        using var visitor = new SeminarFormClient(Factory);
        var registered = OutboxStory.NewAddress();
        await ManagementClient.ExpectAsync(await SeminarStory.RegisterAsync(visitor.Http, seminar, SeminarStory.Registration(registered, answers: new { diet = "vegansk" })), HttpStatusCode.Created);
        var page = await visitor.OpenAsync(route + "?grupp=4");

        using var invalid = await visitor.SendAsync(page,
        [
            new("consent", "on"),
            new("members[1].name", "Kim Berg"), new("members[1].email", "kim.example.org"), new("members[1].answers.diet", "vegansk"),
            new("members[3].name", "Sam Ek"), new("members[3].email", OutboxStory.NewAddress()),
        ]);
        var invalidHtml = await invalid.Content.ReadAsStringAsync();
        using var duplicate = await visitor.SendAsync(SeminarFormClient.Parse(invalidHtml),
        [
            new("consent", "on"),
            new("members[0].name", "Kim Berg"), new("members[0].email", OutboxStory.NewAddress()), new("members[0].answers.diet", "vegansk"),
            new("members[2].name", "Sam Ek"), new("members[2].email", registered), new("members[2].answers.diet", "vegansk"),
        ]);
        var duplicateHtml = await duplicate.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Contains("<a href=\"#f-members-1-email\">Person 2: Skriv e-postadressen i formen namn@exempel.se</a>", invalidHtml, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#f-members-3-answers-diet\">Person 4: Svara på frågan</a>", invalidHtml, StringComparison.Ordinal);
        Assert.Contains("id=\"f-members-1-email-error\"", invalidHtml, StringComparison.Ordinal);
        Assert.Contains("value=\"kim.example.org\"", invalidHtml, StringComparison.Ordinal);
        Assert.Equal(4, PersonBox().Count(invalidHtml));
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Contains("<a href=\"#f-members-2-email\">Person 3: Den här e-postadressen är redan anmäld.", duplicateHtml, StringComparison.Ordinal);
        var item = await ManagementClient.ExpectAsync(await visitor.Http.GetAsync($"/api/seminars/{seminar}"), HttpStatusCode.OK);
        Assert.Equal(4, item["seatsLeft"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_group_size_outside_one_to_the_maximum_shows_the_seminar_page()
    {
        var (_, route) = await SeminarSiteStory.CreateAsync(Factory, new SeminarSpec());
        using var visitor = new SeminarFormClient(Factory);

        foreach (var size in new[] { "0", "11", "-1", "x", "2.5" })
        {
            var page = await visitor.OpenAsync(route + "?grupp=" + size);
            Assert.Equal(0, PersonBox().Count(page.Html));
            Assert.Contains("<legend>Dina uppgifter</legend>", page.Html, StringComparison.Ordinal);
        }
    }

    [GeneratedRegex("<fieldset class=\"person\">")]
    private static partial Regex PersonBox();
}

public sealed class SqliteGroupFormTests(SqliteSeminarHost host) : GroupFormTests(host), IClassFixture<SqliteSeminarHost>;

public sealed class PostgresGroupFormTests(PostgresSeminarHost host) : GroupFormTests(host), IClassFixture<PostgresSeminarHost>;
