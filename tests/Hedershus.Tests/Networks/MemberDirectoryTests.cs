using System.Net;
using System.Net.Http.Json;
using Hedershus.Tests.Infrastructure;
using Hedershus.Tests.Mail;

namespace Hedershus.Tests.Networks;

/// <summary>The member directory: seen only by a network's active members, listing only those who opted in, never an address.</summary>
public abstract class MemberDirectoryTests(NetworkHost host)
{
    private HedershusFactory Factory => host.Factory;

    [Fact]
    public async Task Only_active_members_see_the_directory_and_it_lists_only_those_who_opted_in_until_they_leave_or_erase()
    {
        var network = await NetworkStory.CreateAsync(Factory, "open");
        var directory = $"/natverk/{network.Id}/medlemmar";
        var (listed, quiet, leaver) = (OutboxStory.NewAddress(), OutboxStory.NewAddress(), OutboxStory.NewAddress());
        using var listedClient = await MemberAsync(network.Id, listed, "Alva Listad", optIn: true);
        using var quietClient = await MemberAsync(network.Id, quiet, "Bo Tyst", optIn: false);
        using var leaverClient = await MemberAsync(network.Id, leaver, "Cecilia Lämnar", optIn: true);

        using var visitor = NetworkStory.SiteClient(Factory);
        var refused = await visitor.GetAsync(directory);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.DoesNotContain("Alva Listad", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var outsider = OutboxStory.NewAddress();
        using var outsiderClient = await MemberAsync((await NetworkStory.CreateAsync(Factory, "open")).Id, outsider, "Dan Utanför", optIn: true);
        Assert.Equal(HttpStatusCode.Forbidden, (await outsiderClient.GetAsync(directory)).StatusCode);

        var seen = await quietClient.GetAsync(directory);
        var html = await seen.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, seen.StatusCode);
        Assert.True(seen.Headers.CacheControl is { Private: true, NoStore: true });
        Assert.Contains("<th scope=\"row\">Alva Listad</th><td>Organisation Alva Listad</td><td>Huddinge</td><td>Kurator</td>", html, StringComparison.Ordinal);
        Assert.Contains("Cecilia Lämnar", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Bo Tyst", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Dan Utanför", html, StringComparison.Ordinal);
        Assert.DoesNotContain("@example.org", html, StringComparison.Ordinal);

        var token = await NetworkStory.TokenAsync(host, visitor, leaver);
        Assert.Equal(HttpStatusCode.NoContent, (await visitor.SendAsync(NetworkStory.WithToken(HttpMethod.Delete, $"/api/members/me/networks/{network.Id}", token))).StatusCode);
        var erasing = await NetworkStory.TokenAsync(host, visitor, listed);
        Assert.Equal(HttpStatusCode.NoContent, (await visitor.SendAsync(NetworkStory.WithToken(HttpMethod.Delete, "/api/members/me", erasing))).StatusCode);

        var after = await (await quietClient.GetAsync(directory)).Content.ReadAsStringAsync();
        Assert.DoesNotContain("Alva Listad", after, StringComparison.Ordinal);
        Assert.DoesNotContain("Cecilia Lämnar", after, StringComparison.Ordinal);
        Assert.Contains("Ingen medlem har valt att synas här ännu.", after, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await leaverClient.GetAsync(directory)).StatusCode);
    }

    [Fact]
    public async Task The_choice_is_off_by_default_and_the_api_and_the_account_page_change_it()
    {
        var email = OutboxStory.NewAddress();
        using var client = NetworkStory.SiteClient(Factory);
        var token = await NetworkStory.TokenAsync(host, client, email);
        var me = await (await client.SendAsync(NetworkStory.WithToken(HttpMethod.Get, "/api/members/me", token))).Content.ReadFromJsonAsync<MemberItem>();
        Assert.False(me!.ListedInDirectory);

        var put = NetworkStory.WithToken(HttpMethod.Put, "/api/members/me", token);
        put.Content = JsonContent.Create(new { name = "Eva", listedInDirectory = true });
        Assert.True((await (await client.SendAsync(put)).Content.ReadFromJsonAsync<MemberItem>())!.ListedInDirectory);
        var rename = NetworkStory.WithToken(HttpMethod.Put, "/api/members/me", token);
        rename.Content = JsonContent.Create(new { name = "Eva E" });
        Assert.True((await (await client.SendAsync(rename)).Content.ReadFromJsonAsync<MemberItem>())!.ListedInDirectory);
    }

    /// <summary>Joins, confirms and signs in on the site (cookie), then saves the profile with or without the directory choice.</summary>
    private async Task<HttpClient> MemberAsync(Guid network, string email, string name, bool optIn)
    {
        var client = NetworkStory.SiteClient(Factory);
        await NetworkStory.JoinAndConfirmAsync(host, client, network, email);
        var (_, token) = await NetworkStory.RequestCodeAsync(host, client, email);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync("/medlem/logga-in/" + token, null)).StatusCode);
        var account = await (await client.GetAsync("/medlem/")).Content.ReadAsStringAsync();
        Assert.Contains("id=\"member-listed\"", account, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"member-listed\" name=\"listed\" type=\"checkbox\" value=\"on\" checked", account, StringComparison.Ordinal);
        var fields = new List<(string, string)>
        {
            ("__RequestVerificationToken", MemberContentTests.AntiforgeryToken(account)), ("name", name), ("organisation", "Organisation " + name),
            ("municipality", "Huddinge"), ("role", "Kurator"),
        };
        if (optIn)
        {
            fields.Add(("listed", "on"));
        }

        var saved = await client.PostAsync("/medlem/profil", NetworkPageTests.Form([.. fields]));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(optIn, (await saved.Content.ReadAsStringAsync()).Contains("value=\"on\" checked", StringComparison.Ordinal));
        return client;
    }

    private sealed record MemberItem(Guid Id, string Email, bool ListedInDirectory);
}

public sealed class SqliteMemberDirectoryTests(SqliteNetworkHost host) : MemberDirectoryTests(host), IClassFixture<SqliteNetworkHost>;

public sealed class PostgresMemberDirectoryTests(PostgresNetworkHost host) : MemberDirectoryTests(host), IClassFixture<PostgresNetworkHost>;
