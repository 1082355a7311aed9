using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hedershus.Core.Data;
using Hedershus.Tests.Infrastructure;
using Hedershus.Tests.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hedershus.Tests.Networks;

/// <summary>Deleting an account erases the person everywhere; seminars for network members take only active members.</summary>
public abstract class ErasureAndEligibilityTests(NetworkHost host)
{
    private HedershusFactory Factory => host.Factory;

    [Fact]
    public async Task Deleting_the_account_removes_memberships_codes_the_account_and_registrations_and_the_token_stops_working()
    {
        var network = await NetworkStory.CreateAsync(Factory, "open");
        var seminar = await MembersSeminarAsync(network.Id);
        var email = OutboxStory.NewAddress();
        using var client = Factory.CreateClient();
        await NetworkStory.JoinAndConfirmAsync(host, client, network.Id, email);
        await ManagementClient.ExpectAsync(await client.PostAsJsonAsync($"/api/seminars/{seminar}/registrations", Seminars.SeminarStory.Registration(email)), HttpStatusCode.Created);
        var token = await NetworkStory.TokenAsync(host, client, email);
        await NetworkStory.RequestCodeAsync(host, client, email); // an open code that must go too

        var mine = await client.SendAsync(NetworkStory.WithToken(HttpMethod.Get, "/api/members/me/registrations", token));
        Assert.Contains("\"status\":\"confirmed\"", await mine.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, (await client.SendAsync(NetworkStory.WithToken(HttpMethod.Delete, "/api/members/me", token))).StatusCode);

        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HedershusDbContext>();
        Assert.False(await db.Members.AnyAsync(m => m.Email == email));
        Assert.False(await db.NetworkMemberships.AnyAsync(m => m.Email == email));
        Assert.False(await db.MemberSignInCodes.AnyAsync(c => c.Email == email));
        Assert.False(await db.SeminarRegistrations.AnyAsync(r => r.Email == email));
        Assert.False(await db.MailOutbox.AnyAsync(m => m.ToAddress == email));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(NetworkStory.WithToken(HttpMethod.Get, "/api/members/me", token))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await client.SendAsync(NetworkStory.WithToken(HttpMethod.Get, $"/umbraco/delivery/api/v2/content/item/{network.MemberPage}", token))).StatusCode);
    }

    [Fact]
    public async Task A_member_leaves_a_network_through_the_api_and_is_then_no_member()
    {
        var network = await NetworkStory.CreateAsync(Factory, "open");
        var email = OutboxStory.NewAddress();
        using var client = Factory.CreateClient();
        await NetworkStory.JoinAndConfirmAsync(host, client, network.Id, email);
        var token = await NetworkStory.TokenAsync(host, client, email);
        var networks = await client.SendAsync(NetworkStory.WithToken(HttpMethod.Get, "/api/members/me/networks", token));
        Assert.Contains("\"state\":\"active\"", await networks.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NoContent, (await client.SendAsync(NetworkStory.WithToken(HttpMethod.Delete, $"/api/members/me/networks/{network.Id}", token))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(NetworkStory.WithToken(HttpMethod.Delete, $"/api/members/me/networks/{network.Id}", token))).StatusCode);
        var after = await client.SendAsync(NetworkStory.WithToken(HttpMethod.Get, "/api/members/me/networks", token));
        Assert.Contains("\"state\":\"left\"", await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Someone who left may ask to join again.
        await ManagementClient.ExpectAsync(await NetworkStory.JoinAsync(client, network.Id, email), HttpStatusCode.Accepted);
    }

    [Fact]
    public async Task A_seminar_for_network_members_takes_an_active_member_and_refuses_anyone_else()
    {
        var network = await NetworkStory.CreateAsync(Factory, "approval");
        var seminar = await MembersSeminarAsync(network.Id);
        var (member, waiting, stranger) = (OutboxStory.NewAddress(), OutboxStory.NewAddress(), OutboxStory.NewAddress());
        using var client = Factory.CreateClient();
        await NetworkStory.JoinAndConfirmAsync(host, client, network.Id, member);
        await NetworkStory.JoinAndConfirmAsync(host, client, network.Id, waiting);
        using var api = new ManagementClient(Factory);
        var queue = await api.Http.GetFromJsonAsync<JsonArray>($"{ManagementClient.Base}/networks/{network.Id}/memberships?state=confirmed");
        var id = queue!.Single(m => m!["email"]!.GetValue<string>() == member)!["id"]!.GetValue<Guid>();
        await ManagementClient.ExpectAsync(await api.Http.PostAsync($"{ManagementClient.Base}/networks/memberships/{id}/approve", null), HttpStatusCode.OK);

        await ManagementClient.ExpectAsync(await client.PostAsJsonAsync($"/api/seminars/{seminar}/registrations", Seminars.SeminarStory.Registration(member)), HttpStatusCode.Created);
        foreach (var refused in new[] { waiting, stranger })
        {
            var problem = await ManagementClient.ExpectProblemAsync(
                await client.PostAsJsonAsync($"/api/seminars/{seminar}/registrations", Seminars.SeminarStory.Registration(refused)), HttpStatusCode.Conflict);
            Assert.Equal("membersOnly", problem["reason"]!.GetValue<string>());
        }
    }

    private async Task<Guid> MembersSeminarAsync(Guid network)
    {
        using var api = new ManagementClient(Factory);
        var home = await api.CreatePublishedRootAsync("home", "sv", "en");
        var created = await api.CreateAsync("seminar", home, new JsonObject
        {
            ["sv"] = ManagementClient.Culture("Nätverksträff " + Guid.NewGuid().ToString("N")[..6], new { summary = "För medlemmar.", location = "Stockholm" }),
        }, new
        {
            startDate = "2026-04-15T09:00:00Z", capacity = 10, eligibility = "networkMembers", network = network.ToString(), instructionLanguage = "sv",
            sessions = new[] { new { contentType = "seminarSession", properties = new { start = "2026-04-15T09:00:00Z", end = "2026-04-15T12:00:00Z", place = "Stockholm", online = false } } },
        });
        var id = ManagementClient.Id(created);
        await api.PublishAsync(id, "sv");
        return id;
    }
}

public sealed class SqliteErasureAndEligibilityTests(SqliteNetworkHost host) : ErasureAndEligibilityTests(host), IClassFixture<SqliteNetworkHost>;

public sealed class PostgresErasureAndEligibilityTests(PostgresNetworkHost host) : ErasureAndEligibilityTests(host), IClassFixture<PostgresNetworkHost>;
