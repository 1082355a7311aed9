using System.Net;
using System.Net.Http.Json;
using Hedershus.Tests.Infrastructure;
using Hedershus.Tests.Mail;

namespace Hedershus.Tests.Networks;

/// <summary>The seed's networks on the site: member pages shown only to signed-in active members, in the site's frame.</summary>
public abstract class MemberSiteTests(SeededNetworkHost host)
{
    private static readonly Guid OpenNetwork = Guid.Parse("9e7a0000-0000-4000-8000-000000000001");
    private static readonly Guid OpenNetworkPage = Guid.Parse("9e7a0000-0000-4000-8000-000000000011");
    private static readonly Guid ApprovalNetwork = Guid.Parse("9e7a0000-0000-4000-8000-000000000002");
    private const string SecretPhrase = "ställa frågor om hemmet på ett tryggt sätt";

    private HedershusFactory Factory => host.Factory;

    [Fact]
    public async Task The_seed_has_an_open_and_an_approval_network_each_with_a_member_page()
    {
        using var client = Factory.CreateClient();
        var networks = await client.GetFromJsonAsync<List<NetworkItem>>("/api/networks");
        Assert.Equal("open", networks!.Single(n => n.Id == OpenNetwork).Policy);
        Assert.Equal("approval", networks!.Single(n => n.Id == ApprovalNetwork).Policy);
        var snapshot = Site.SitePages.Snapshot(Factory);
        Assert.All(new[] { OpenNetwork, ApprovalNetwork }, n => Assert.Single(snapshot.Children(n), c => c.ContentType == "memberPage"));
    }

    [Fact]
    public async Task A_visitor_and_a_member_of_another_network_cannot_reach_a_member_page_on_the_site_while_its_member_can()
    {
        var path = await NetworkStory.RouteAsync(Factory, OpenNetworkPage);
        using var visitor = NetworkStory.SiteClient(Factory);
        var refused = await visitor.GetAsync(path);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var refusedHtml = await refused.Content.ReadAsStringAsync();
        Assert.DoesNotContain(SecretPhrase, refusedHtml, StringComparison.Ordinal);
        Assert.Contains("id=\"quick-exit\"", refusedHtml, StringComparison.Ordinal);
        Assert.False(refused.Headers.Contains("Set-Cookie"));
        Assert.Contains($"href=\"/medlem/logga-in?back={Uri.EscapeDataString(path)}\"", refusedHtml, StringComparison.Ordinal);
        var networkPage = await (await visitor.GetAsync(await NetworkStory.RouteAsync(Factory, OpenNetwork))).Content.ReadAsStringAsync();
        Assert.DoesNotContain(path, networkPage, StringComparison.Ordinal);

        var other = await NetworkStory.CreateAsync(Factory, "open");
        var outsider = OutboxStory.NewAddress();
        using var outsiderClient = NetworkStory.SiteClient(Factory);
        await NetworkStory.JoinAndConfirmAsync(host, outsiderClient, other.Id, outsider);
        await SignInOnSiteAsync(outsiderClient, outsider);
        Assert.Equal(HttpStatusCode.Forbidden, (await outsiderClient.GetAsync(path)).StatusCode);

        var member = OutboxStory.NewAddress();
        using var memberClient = NetworkStory.SiteClient(Factory);
        await NetworkStory.JoinAndConfirmAsync(host, memberClient, OpenNetwork, member);
        await SignInOnSiteAsync(memberClient, member);
        var page = await memberClient.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(SecretPhrase, await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var account = await (await memberClient.GetAsync("/medlem/")).Content.ReadAsStringAsync();
        Assert.Contains(path, account, StringComparison.Ordinal);

        // What a member was shown is never served to the next visitor from a kept page.
        Assert.Equal(HttpStatusCode.Forbidden, (await visitor.GetAsync(path)).StatusCode);

        // Leaving closes the page again.
        var leave = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = MemberContentTests.AntiforgeryToken(account) });
        Assert.Equal(HttpStatusCode.OK, (await memberClient.PostAsync($"/medlem/lamna/{OpenNetwork}", leave)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await memberClient.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task A_member_deletes_the_account_on_the_site_and_is_signed_out_and_forgotten()
    {
        var member = OutboxStory.NewAddress();
        using var client = NetworkStory.SiteClient(Factory);
        await NetworkStory.JoinAndConfirmAsync(host, client, OpenNetwork, member);
        await SignInOnSiteAsync(client, member);
        var account = await (await client.GetAsync("/en/member/")).Content.ReadAsStringAsync();
        Assert.Contains("Delete my account", account, StringComparison.Ordinal);
        var noToken = await client.PostAsync("/en/member/delete", new FormUrlEncodedContent(new Dictionary<string, string>()));
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);

        var delete = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = MemberContentTests.AntiforgeryToken(account) });
        var deleted = await client.PostAsync("/en/member/delete", delete);
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Contains("have been removed", await deleted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/en/member/")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(await NetworkStory.RouteAsync(Factory, OpenNetworkPage))).StatusCode);
    }

    private async Task SignInOnSiteAsync(HttpClient client, string email)
    {
        var (_, token) = await NetworkStory.RequestCodeAsync(host, client, email);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync("/medlem/logga-in/" + token, null)).StatusCode);
    }

    private sealed record NetworkItem(Guid Id, string Name, string Policy);
}

public sealed class SqliteMemberSiteTests(SqliteSeededNetworkHost host) : MemberSiteTests(host), IClassFixture<SqliteSeededNetworkHost>;

public sealed class PostgresMemberSiteTests(PostgresSeededNetworkHost host) : MemberSiteTests(host), IClassFixture<PostgresSeededNetworkHost>;
