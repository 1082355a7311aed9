using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hedershus.Tests.Infrastructure;
using Hedershus.Tests.Mail;

namespace Hedershus.Tests.Networks;

/// <summary>Member pages are read only by the network's active members: on the site, in the Delivery API, and never in search.</summary>
public abstract class MemberContentTests(NetworkHost host)
{
    private const string Delivery = "/umbraco/delivery/api/v2";

    private HedershusFactory Factory => host.Factory;

    [Fact]
    public async Task The_delivery_api_hides_member_pages_without_a_member_token_and_shows_them_to_a_member_with_one()
    {
        var network = await NetworkStory.CreateAsync(Factory, "open");
        using var client = Factory.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{Delivery}/content/item/{network.MemberPage}")).StatusCode);
        var children = await ManagementClient.ExpectAsync(await client.GetAsync($"{Delivery}/content?fetch=children:{network.Id}"), HttpStatusCode.OK);
        Assert.Equal(0, children["total"]!.GetValue<int>());
        var all = await ManagementClient.ExpectAsync(await client.GetAsync($"{Delivery}/content?filter=contentType:memberPage&take=100"), HttpStatusCode.OK);
        Assert.Equal(0, all["total"]!.GetValue<int>());

        var outsider = OutboxStory.NewAddress();
        var outsiderToken = await NetworkStory.TokenAsync(host, client, outsider);
        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(NetworkStory.WithToken(HttpMethod.Get, $"{Delivery}/content/item/{network.MemberPage}", outsiderToken))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(NetworkStory.WithToken(HttpMethod.Get, $"{Delivery}/content/item/{network.MemberPage}", "forged"))).StatusCode);

        var member = OutboxStory.NewAddress();
        await NetworkStory.JoinAndConfirmAsync(host, client, network.Id, member);
        var token = await NetworkStory.TokenAsync(host, client, member);
        var item = await client.SendAsync(NetworkStory.WithToken(HttpMethod.Get, $"{Delivery}/content/item/{network.MemberPage}", token));
        var body = await ManagementClient.ExpectAsync(item, HttpStatusCode.OK);
        Assert.Equal("memberPage", body["contentType"]!.GetValue<string>());
        Assert.Contains("no-store", item.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        var memberChildren = await ManagementClient.ExpectAsync(
            await client.SendAsync(NetworkStory.WithToken(HttpMethod.Get, $"{Delivery}/content?fetch=children:{network.Id}", token)), HttpStatusCode.OK);
        Assert.Equal(1, memberChildren["total"]!.GetValue<int>());

        // The member's answer was not kept for the next anonymous caller.
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{Delivery}/content/item/{network.MemberPage}")).StatusCode);
    }

    [Fact]
    public async Task Search_finds_the_network_but_never_its_member_page()
    {
        var network = await NetworkStory.CreateAsync(Factory, "open");
        var later = await NetworkStory.CreateAsync(Factory, "open"); // published after the member page: once found, the index has passed it
        using var client = Factory.CreateClient();
        await SearchUntilAsync(client, later.PublicWord, total => total >= 1);
        Assert.True((await Search(client, network.PublicWord))["total"]!.GetValue<int>() >= 1);
        var secret = await Search(client, network.SecretWord);
        Assert.Equal(0, secret["total"]!.GetValue<int>());
        var site = await client.PostAsync("/sok", new FormUrlEncodedContent(new Dictionary<string, string> { ["q"] = network.SecretWord }));
        Assert.DoesNotContain(network.MemberPagePath, await site.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    internal static string AntiforgeryToken(string html)
    {
        var match = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"");
        Assert.True(match.Success, "The page has no anti-forgery token.");
        return System.Net.WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    private static async Task<JsonObject> Search(HttpClient client, string word) =>
        await ManagementClient.ExpectAsync(await client.PostAsJsonAsync("/api/search", new { q = word }), HttpStatusCode.OK);

    private static async Task SearchUntilAsync(HttpClient client, string word, Func<int, bool> condition)
    {
        for (var i = 0; i < 50; i++)
        {
            if (condition((await Search(client, word))["total"]!.GetValue<int>()))
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"Search never found '{word}'.");
    }
}

public sealed class SqliteMemberContentTests(SqliteNetworkHost host) : MemberContentTests(host), IClassFixture<SqliteNetworkHost>;

public sealed class PostgresMemberContentTests(PostgresNetworkHost host) : MemberContentTests(host), IClassFixture<PostgresNetworkHost>;
