using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hedershus.Tests.Infrastructure;
using Hedershus.Tests.Mail;

namespace Hedershus.Tests.Networks.Mailings;

/// <summary>One-click unsubscription by the address in a mailing's headers, and the archive of past mailings for members only.</summary>
public abstract class UnsubscribeAndArchiveTests(MailingHost host)
{
    private HedershusFactory Factory => host.Factory;

    [Fact]
    public async Task A_GET_changes_nothing_one_POST_unsubscribes_the_next_mailing_skips_the_member_and_membership_stays()
    {
        var network = await NetworkStory.CreateAsync(Factory, "open");
        using var client = NetworkStory.SiteClient(Factory);
        using var api = new ManagementClient(Factory);
        var (leaving, staying) = (OutboxStory.NewAddress(), OutboxStory.NewAddress());
        await MailingStory.JoinAndConfirmAsync(host, client, network.Id, leaving);
        await MailingStory.JoinAndConfirmAsync(host, client, network.Id, staying);
        await MailingStory.MailAsync(Factory, api, network.Id, "Första utskicket");
        var path = MailingStory.UnsubscribePath(MailingStory.Single(host, leaving, "Första utskicket"));

        var page = await client.GetAsync(path);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains($"<form method=\"post\" action=\"{path}\">", html, StringComparison.Ordinal);
        Assert.Contains("Avsluta utskicken", html, StringComparison.Ordinal);
        Assert.False(page.Headers.Contains("Set-Cookie"));
        await MailingStory.MailAsync(Factory, api, network.Id, "Andra utskicket");
        Assert.Single(MailingStory.Received(host, leaving, "Andra utskicket"));

        using var oneClick = new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]);
        var first = await client.PostAsync(path, oneClick);
        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.False(first.Headers.Contains("Set-Cookie"));
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync(path, null)).StatusCode);
        using var browser = new HttpRequestMessage(HttpMethod.Post, path);
        browser.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        var done = await client.SendAsync(browser);
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Contains("Du får inte längre utskick", await done.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var third = await MailingStory.MailAsync(Factory, api, network.Id, "Tredje utskicket");
        Assert.Equal(1, third["recipients"]!.GetValue<int>());
        Assert.Empty(MailingStory.Received(host, leaving, "Tredje utskicket"));
        Assert.Single(MailingStory.Received(host, staying, "Tredje utskicket"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode);
        var active = await api.Http.GetFromJsonAsync<JsonArray>($"{MailingStory.Base}/{network.Id}/memberships?state=active");
        Assert.Contains(active!, m => m!["email"]!.GetValue<string>() == leaving);
    }

    [Fact]
    public async Task An_unknown_or_malformed_token_is_404_and_says_nothing()
    {
        var unknown = "/api/unsubscribe/" + new string('A', 43);
        using var client = NetworkStory.SiteClient(Factory);

        var problem = await ManagementClient.ExpectProblemAsync(await client.PostAsync(unknown, null), HttpStatusCode.NotFound);
        Assert.DoesNotContain("@", problem.ToJsonString(), StringComparison.Ordinal);
        await ManagementClient.ExpectProblemAsync(await client.PostAsync("/api/unsubscribe/short", null), HttpStatusCode.NotFound);
        var page = await client.GetAsync(unknown);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Contains("Länken fungerar inte", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("<form method=\"post\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Members_read_sent_mailings_in_their_language_on_the_site_and_the_api_and_nobody_else_does()
    {
        var network = await NetworkStory.CreateAsync(Factory, "open");
        var other = await NetworkStory.CreateAsync(Factory, "open");
        using var api = new ManagementClient(Factory);
        using var memberSite = NetworkStory.SiteClient(Factory);
        using var outsiderSite = NetworkStory.SiteClient(Factory);
        var (member, outsider) = (OutboxStory.NewAddress(), OutboxStory.NewAddress());
        await MailingStory.JoinAndConfirmAsync(host, memberSite, network.Id, member);
        await MailingStory.JoinAndConfirmAsync(host, outsiderSite, other.Id, outsider);
        await MailingStory.MailAsync(Factory, api, network.Id, "Arkiverat ämne", "Archived subject");
        await MailingStory.CreateAsync(api.Http, network.Id, "Bara ett utkast");
        await SignInOnSiteAsync(memberSite, member);
        await SignInOnSiteAsync(outsiderSite, outsider);
        var archive = $"/medlem/utskick/{network.Id}";

        var account = await (await memberSite.GetAsync("/medlem/")).Content.ReadAsStringAsync();
        Assert.Contains($"href=\"{archive}\"", account, StringComparison.Ordinal);
        var page = await memberSite.GetAsync(archive);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Arkiverat ämne", html, StringComparison.Ordinal);
        Assert.Contains("Detta är Arkiverat ämne.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Bara ett utkast", html, StringComparison.Ordinal);
        Assert.Contains("Archived subject", await (await memberSite.GetAsync($"/en/member/mailings/{network.Id}")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("no-store", page.Headers.CacheControl?.ToString());

        var refused = await outsiderSite.GetAsync(archive);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.DoesNotContain("Arkiverat ämne", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var anonymous = NetworkStory.SiteClient(Factory);
        var signedOut = await anonymous.GetAsync(archive);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.False(signedOut.Headers.Contains("Set-Cookie"));

        using var client = Factory.CreateClient();
        var memberToken = await NetworkStory.TokenAsync(host, client, member);
        var list = await client.SendAsync(NetworkStory.WithToken(HttpMethod.Get, $"/api/members/me/networks/{network.Id}/mailings?culture=en", memberToken));
        var json = await ManagementClient.ExpectAsync(list, HttpStatusCode.OK);
        var mailing = Assert.Single(json["mailings"]!.AsArray())!;
        Assert.Equal(("en", "Archived subject"), (mailing["culture"]!.GetValue<string>(), mailing["subject"]!.GetValue<string>()));
        var outsiderToken = await NetworkStory.TokenAsync(host, client, outsider);
        await ManagementClient.ExpectProblemAsync(
            await client.SendAsync(NetworkStory.WithToken(HttpMethod.Get, $"/api/members/me/networks/{network.Id}/mailings", outsiderToken)), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync($"/api/members/me/networks/{network.Id}/mailings")).StatusCode);
    }

    [Fact]
    public async Task Deleting_the_account_forgets_the_mailing_recipient_and_its_unsubscribe_link_stops_working()
    {
        var network = await NetworkStory.CreateAsync(Factory, "open");
        using var client = Factory.CreateClient();
        using var api = new ManagementClient(Factory);
        var member = OutboxStory.NewAddress();
        await MailingStory.JoinAndConfirmAsync(host, client, network.Id, member);
        await MailingStory.MailAsync(Factory, api, network.Id, "Före raderingen");
        var path = MailingStory.UnsubscribePath(MailingStory.Single(host, member, "Före raderingen"));
        var token = await NetworkStory.TokenAsync(host, client, member);

        Assert.Equal(HttpStatusCode.NoContent, (await client.SendAsync(NetworkStory.WithToken(HttpMethod.Delete, "/api/members/me", token))).StatusCode);

        await ManagementClient.ExpectProblemAsync(await client.PostAsync(path, null), HttpStatusCode.NotFound);
    }

    private async Task SignInOnSiteAsync(HttpClient client, string email)
    {
        var (_, token) = await NetworkStory.RequestCodeAsync(host, client, email);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync("/medlem/logga-in/" + token, null)).StatusCode);
    }
}

public sealed class SqliteUnsubscribeAndArchiveTests(SqliteMailingHost host) : UnsubscribeAndArchiveTests(host), IClassFixture<SqliteMailingHost>;

public sealed class PostgresUnsubscribeAndArchiveTests(PostgresMailingHost host) : UnsubscribeAndArchiveTests(host), IClassFixture<PostgresMailingHost>;
