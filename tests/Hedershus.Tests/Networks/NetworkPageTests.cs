using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Hedershus.Tests.Infrastructure;
using Hedershus.Core.Data;
using Hedershus.Tests.Mail;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hedershus.Tests.Networks;

/// <summary>A network's page on the site: the join form (no JavaScript needed), its answers, and the seminars for its members.</summary>
public abstract partial class NetworkPageTests(SeededNetworkHost host)
{
    private HedershusFactory Factory => host.Factory;

    [Fact]
    public async Task The_join_form_goes_through_double_opt_in_and_answers_the_same_for_a_new_and_a_known_address()
    {
        var network = await NetworkStory.CreateAsync(Factory, "open", home: NetworkStory.SeedHome);
        var path = await NetworkStory.RouteAsync(Factory, network.Id);
        using var client = NetworkStory.SiteClient(Factory);
        var page = await client.GetAsync(path);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains($"action=\"/natverk/{network.Id}/ansok\"", html, StringComparison.Ordinal);
        Assert.Contains("Gå med i nätverket", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script src=\"/join", html, StringComparison.Ordinal);
        var email = OutboxStory.NewAddress();

        var first = await JoinAsync(client, network.Id, html, email);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var firstHtml = await first.Content.ReadAsStringAsync();
        Assert.Contains("Titta i din e-post", firstHtml, StringComparison.Ordinal);
        var confirm = await NetworkStory.ConfirmationPathAsync(host, email);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync(confirm, null)).StatusCode);
        Assert.StartsWith("Välkommen till ", (await NetworkStory.LastMailAsync(host, email)).Subject, StringComparison.Ordinal);

        // A member (or anyone who already asked) gets the very same page; the member hears by e-mail, nothing else changes.
        var again = await JoinAsync(client, network.Id, html, email.ToUpperInvariant());
        var other = await JoinAsync(client, network.Id, html, OutboxStory.NewAddress());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(MainPartOf(await other.Content.ReadAsStringAsync()), MainPartOf(await again.Content.ReadAsStringAsync()));
        Assert.Equal(MainPartOf(firstHtml), MainPartOf(await again.Content.ReadAsStringAsync()));
        Assert.StartsWith("Du är redan medlem: ", (await NetworkStory.LastMailAsync(host, email)).Subject, StringComparison.Ordinal);
        Assert.Equal(3, host.Smtp.To(email).Count);
    }

    [Fact]
    public async Task Bad_input_shows_the_form_again_with_each_problem_and_a_missing_token_changes_nothing()
    {
        var network = await NetworkStory.CreateAsync(Factory, "approval", home: NetworkStory.SeedHome);
        var path = await NetworkStory.RouteAsync(Factory, network.Id);
        using var client = NetworkStory.SiteClient(Factory);
        var html = await (await client.GetAsync(path)).Content.ReadAsStringAsync();
        Assert.Contains("går en samordnare igenom ansökan", html, StringComparison.Ordinal);

        var noToken = await client.PostAsync($"/natverk/{network.Id}/ansok", Form(("name", "Sara"), ("email", OutboxStory.NewAddress())));
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.Contains("Formuläret hade hunnit gå ut", await noToken.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var token = MemberContentTests.AntiforgeryToken(html);
        var bad = await client.PostAsync($"/natverk/{network.Id}/ansok", Form(("__RequestVerificationToken", token), ("name", " "), ("email", "inte-en-adress"), ("organisation", "Botkyrka")));
        var badHtml = await bad.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("<title>Fel: ", badHtml, StringComparison.Ordinal);
        Assert.Contains("href=\"#join-name\">Skriv ditt namn.", badHtml, StringComparison.Ordinal);
        Assert.Contains("href=\"#join-email\">Skriv en e-postadress", badHtml, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\" aria-describedby=\"join-email-error\"", badHtml, StringComparison.Ordinal);
        Assert.Contains("value=\"Botkyrka\"", badHtml, StringComparison.Ordinal);

        var unknown = await client.PostAsync($"/natverk/{Guid.NewGuid()}/ansok", Form(("__RequestVerificationToken", token), ("name", "Sara"), ("email", OutboxStory.NewAddress())));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        using var api = new ManagementClient(Factory);
        Assert.Equal("[]", await api.Http.GetStringAsync($"{ManagementClient.Base}/networks/{network.Id}/memberships"));
    }

    [Fact]
    public async Task An_invitation_only_network_explains_how_to_be_invited_instead_of_a_form_in_swedish_and_english()
    {
        var network = await NetworkStory.CreateAsync(Factory, "invitation", home: NetworkStory.SeedHome);
        using var client = NetworkStory.SiteClient(Factory);
        var swedish = await (await client.GetAsync(await NetworkStory.RouteAsync(Factory, network.Id))).Content.ReadAsStringAsync();
        var english = await (await client.GetAsync(EnglishRoute(network.Id))).Content.ReadAsStringAsync();

        Assert.Contains("bara in nya medlemmar genom inbjudan", swedish, StringComparison.Ordinal);
        Assert.Contains("takes new members only by a coordinator", english, StringComparison.Ordinal);
        Assert.DoesNotContain("/ansok\"", swedish, StringComparison.Ordinal);
        Assert.DoesNotContain("/join\"", english, StringComparison.Ordinal);
        var html = await (await client.GetAsync(await NetworkStory.RouteAsync(Factory, (await NetworkStory.CreateAsync(Factory, "open", home: NetworkStory.SeedHome)).Id))).Content.ReadAsStringAsync();
        var posted = await client.PostAsync($"/natverk/{network.Id}/ansok",
            Form(("__RequestVerificationToken", MemberContentTests.AntiforgeryToken(html)), ("name", "Sara"), ("email", OutboxStory.NewAddress())));
        Assert.Equal(HttpStatusCode.Conflict, posted.StatusCode);
    }

    [Fact]
    public async Task Seminars_for_a_networks_members_show_on_its_page_and_in_the_calendar_named_and_without_a_form()
    {
        var network = await NetworkStory.CreateAsync(Factory, "open", home: NetworkStory.SeedHome);
        var other = await NetworkStory.CreateAsync(Factory, "open", home: NetworkStory.SeedHome);
        var name = "Nätverksträff " + Guid.NewGuid().ToString("N")[..6];
        var otherName = "Annan träff " + Guid.NewGuid().ToString("N")[..6];
        var seminar = await SeminarAsync(network.Id, name);
        await SeminarAsync(other.Id, otherName);
        using var client = NetworkStory.SiteClient(Factory);

        var page = await (await client.GetAsync(await NetworkStory.RouteAsync(Factory, network.Id))).Content.ReadAsStringAsync();
        Assert.Contains(name, page, StringComparison.Ordinal);
        Assert.Contains($"href=\"{await NetworkStory.RouteAsync(Factory, seminar)}\"", page, StringComparison.Ordinal);
        Assert.Contains("<time datetime=\"2027-05-10T", page, StringComparison.Ordinal);
        Assert.DoesNotContain(otherName, page, StringComparison.Ordinal);

        var calendar = await (await client.GetAsync("/seminarier/")).Content.ReadAsStringAsync();
        var card = Regex.Match(calendar, "<li class=\"seminar-card\">(?:(?!</li>).)*" + Regex.Escape(name) + "(?:(?!</li>).)*</li>", RegexOptions.Singleline).Value;
        Assert.Contains("Endast för medlemmar i Nätverk ", card, StringComparison.Ordinal);
        var seminarPage = await (await client.GetAsync(await NetworkStory.RouteAsync(Factory, seminar))).Content.ReadAsStringAsync();
        Assert.Contains("Endast för medlemmar i Nätverk ", seminarPage, StringComparison.Ordinal);
        Assert.DoesNotContain("/anmalan\"", seminarPage, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"stamp\"", seminarPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_members_seminar_offers_a_signed_in_member_a_prefilled_form_explains_itself_to_others_and_stores_only_members()
    {
        var network = await NetworkStory.CreateAsync(Factory, "open", home: NetworkStory.SeedHome);
        var seminar = await SeminarAsync(network.Id, "Medlemsträff " + Guid.NewGuid().ToString("N")[..6]);
        var (seminarPath, networkPath) = (await NetworkStory.RouteAsync(Factory, seminar), await NetworkStory.RouteAsync(Factory, network.Id));
        using var visitor = NetworkStory.SiteClient(Factory);
        var anonymous = await visitor.GetAsync(seminarPath);
        var anonymousHtml = await anonymous.Content.ReadAsStringAsync();
        Assert.Contains("Bara aktiva medlemmar i Nätverk ", anonymousHtml, StringComparison.Ordinal);
        var signIn = $"/medlem/logga-in?back={Uri.EscapeDataString(seminarPath)}";
        Assert.Contains($"<a href=\"{signIn}\">Logga in som medlem</a>", anonymousHtml, StringComparison.Ordinal);
        Assert.Contains($"Läs om <a href=\"{networkPath}\">Nätverk ", anonymousHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"stamp\"", anonymousHtml, StringComparison.Ordinal);
        Assert.False(anonymous.Headers.Contains("Set-Cookie"));
        Assert.True(anonymous.Headers.CacheControl is { Private: true, NoStore: true });

        var member = OutboxStory.NewAddress();
        using var memberClient = NetworkStory.SiteClient(Factory);
        await NetworkStory.JoinAndConfirmAsync(host, memberClient, network.Id, member);
        await SignInAndComeBackAsync(memberClient, signIn, member, seminarPath);
        var memberHtml = await memberClient.GetStringAsync(seminarPath);
        var form = Site.Seminars.SeminarFormClient.Parse(memberHtml);
        Assert.Contains("Du är inloggad som medlem", memberHtml, StringComparison.Ordinal);
        Assert.Contains($"value=\"{member}\"", memberHtml, StringComparison.Ordinal);
        Assert.Contains("value=\"Sara Lind\"", memberHtml, StringComparison.Ordinal);
        Assert.Contains("value=\"Huddinge kommun\"", memberHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Logga in som medlem", memberHtml, StringComparison.Ordinal);

        // Someone else posts the member's form (a fresh anti-forgery token of their own) with an address that is no member's.
        var stranger = OutboxStory.NewAddress();
        var token = MemberContentTests.AntiforgeryToken(await visitor.GetStringAsync(networkPath));
        var hidden = form.Hidden.Select(f => f.Key == "__RequestVerificationToken" ? new KeyValuePair<string, string>(f.Key, token) : f);
        Factory.Clock.Advance(TimeSpan.FromSeconds(5));
        var refused = await visitor.PostAsync(form.Action, new FormUrlEncodedContent(hidden.Concat(Site.Seminars.SeminarFormClient.Person(stranger))));
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("Ingen anmälan har sparats.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var registered = await memberClient.PostAsync(form.Action, new FormUrlEncodedContent(form.Hidden.Concat(Site.Seminars.SeminarFormClient.Person(member))));
        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HedershusDbContext>();
        Assert.Equal(1, await db.SeminarRegistrations.CountAsync(r => r.SeminarKey == seminar && r.Email == member));
        Assert.False(await db.SeminarRegistrations.AnyAsync(r => r.Email == stranger));
    }

    [Fact]
    public async Task Signing_in_comes_back_only_to_a_page_of_this_site()
    {
        var network = await NetworkStory.CreateAsync(Factory, "open", home: NetworkStory.SeedHome);
        var member = OutboxStory.NewAddress();
        using var client = NetworkStory.SiteClient(Factory);
        await NetworkStory.JoinAndConfirmAsync(host, client, network.Id, member);
        foreach (var elsewhere in new[] { "//evil.example/", "https://evil.example/", "/\\evil.example/" })
        {
            await SignInAndComeBackAsync(client, "/medlem/logga-in?back=" + Uri.EscapeDataString(elsewhere), member, "/medlem/");
        }
    }

    /// <summary>
    /// Signs in by the e-mailed code through the site's forms, starting at <paramref name="signIn"/>, posting its
    /// <c>back</c> as given (a forged form would), and checks where the sign-in ends.
    /// </summary>
    private async Task SignInAndComeBackAsync(HttpClient client, string signIn, string email, string expected)
    {
        var back = QueryHelpers.ParseQuery(new Uri("https://localhost" + signIn).Query)["back"].ToString();
        var kept = expected != "/medlem/";
        Assert.Equal(kept, (await client.GetStringAsync(signIn)).Contains($"name=\"back\" value=\"{back}\"", StringComparison.Ordinal));
        var codePage = await client.PostAsync("/medlem/logga-in", Form(("email", email), ("back", back)));
        Assert.Equal(kept, (await codePage.Content.ReadAsStringAsync()).Contains($"name=\"back\" value=\"{back}\"", StringComparison.Ordinal));
        var (code, _) = await NetworkStory.SignInMailAsync(host, email);
        var signedIn = await client.PostAsync("/medlem/kod", Form(("email", email), ("code", code), ("back", back)));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(expected, signedIn.Headers.Location!.OriginalString);
    }

    private async Task<Guid> SeminarAsync(Guid network, string name)
    {
        using var api = new ManagementClient(Factory);
        var created = await api.CreateAsync("seminar", NetworkStory.SeedHome, new JsonObject
        {
            ["sv"] = ManagementClient.Culture(name, new { summary = "För medlemmar.", location = "Stockholm" }),
        }, new
        {
            startDate = "2027-05-10T09:00:00Z", capacity = 10, eligibility = "networkMembers", network = network.ToString(), instructionLanguage = "sv",
            sessions = new[] { new { contentType = "seminarSession", properties = new { start = "2027-05-10T09:00:00Z", end = "2027-05-10T12:00:00Z", place = "Stockholm", online = false } } },
        });
        var id = ManagementClient.Id(created);
        await api.PublishAsync(id, "sv");
        return id;
    }

    private string EnglishRoute(Guid key)
    {
        var route = Site.SitePages.Snapshot(Factory).Find(key)!.Cultures["en"].Route!;
        return route.StartsWith("/en/", StringComparison.Ordinal) ? route : "/en" + route;
    }

    private static Task<HttpResponseMessage> JoinAsync(HttpClient client, Guid network, string page, string email) =>
        client.PostAsync($"/natverk/{network}/ansok", Form(("__RequestVerificationToken", MemberContentTests.AntiforgeryToken(page)),
            ("culture", "sv"), ("name", "Sara Lind"), ("email", email), ("organisation", "Huddinge kommun"), ("municipality", "Huddinge"), ("role", "Kurator")));

    internal static FormUrlEncodedContent Form(params (string Key, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)));

    private static string MainPartOf(string html) => MainPart().Match(html).Value;

    [GeneratedRegex("<main.*</main>", RegexOptions.Singleline)]
    private static partial Regex MainPart();
}

public sealed class SqliteNetworkPageTests(SqliteSeededNetworkHost host) : NetworkPageTests(host), IClassFixture<SqliteSeededNetworkHost>;

public sealed class PostgresNetworkPageTests(PostgresSeededNetworkHost host) : NetworkPageTests(host), IClassFixture<PostgresSeededNetworkHost>;
