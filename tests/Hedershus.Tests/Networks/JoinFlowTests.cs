using System.Net;
using System.Net.Http.Json;
using Hedershus.Tests.Infrastructure;
using Hedershus.Tests.Mail;

namespace Hedershus.Tests.Networks;

/// <summary>Joining a network by double opt-in, with the real mail on a loopback SMTP server.</summary>
public abstract class JoinFlowTests(NetworkHost host)
{
    private HedershusFactory Factory => host.Factory;

    [Fact]
    public async Task An_open_network_takes_a_member_only_after_the_button_on_the_emailed_link_is_pressed_and_welcomes_them()
    {
        var network = await NetworkStory.CreateAsync(Factory, "open");
        var email = OutboxStory.NewAddress();
        using var client = NetworkStory.SiteClient(Factory);

        var joined = await ManagementClient.ExpectAsync(await NetworkStory.JoinAsync(client, network.Id, email), HttpStatusCode.Accepted);
        Assert.Equal("requested", joined["state"]!.GetValue<string>());
        var confirmation = await NetworkStory.LastMailAsync(host, email);
        Assert.StartsWith("Bekräfta din ansökan: Nätverk ", confirmation.Subject, StringComparison.Ordinal);
        Assert.NotNull(confirmation.HtmlBody);
        var path = await NetworkStory.ConfirmationPathAsync(host, email);

        // A mail scanner follows the link: twice, and nothing happens.
        for (var i = 0; i < 2; i++)
        {
            var page = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("<form method=\"post\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.False(page.Headers.Contains("Set-Cookie"), "The confirmation page sets no cookie (S7).");
        }

        Assert.Single(host.Smtp.To(email));
        Assert.Equal("requested", await StateAsync(network.Id, email));

        var confirmed = await client.PostAsync(path, null);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal("active", await StateAsync(network.Id, email));
        var welcome = await NetworkStory.LastMailAsync(host, email);
        Assert.StartsWith("Välkommen till Nätverk ", welcome.Subject, StringComparison.Ordinal);
        Assert.Contains("/medlem/logga-in", welcome.TextBody, StringComparison.Ordinal);

        // The link is used up: a second press shows the "no longer works" page and changes nothing.
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync(path, null)).StatusCode);
        Assert.Equal(2, host.Smtp.To(email).Count);
    }

    [Fact]
    public async Task An_approval_network_waits_for_a_coordinator_who_approves_one_and_rejects_another_with_a_reason()
    {
        var network = await NetworkStory.CreateAsync(Factory, "approval");
        var (approved, rejected) = (OutboxStory.NewAddress(), OutboxStory.NewAddress());
        using var client = NetworkStory.SiteClient(Factory);
        await NetworkStory.JoinAndConfirmAsync(host, client, network.Id, approved);
        await NetworkStory.JoinAndConfirmAsync(host, client, network.Id, rejected);
        Assert.Equal("confirmed", await StateAsync(network.Id, approved));
        Assert.StartsWith("Vi har tagit emot din ansökan", (await NetworkStory.LastMailAsync(host, approved)).Subject, StringComparison.Ordinal);

        using var api = new ManagementClient(Factory);
        var queue = await api.Http.GetFromJsonAsync<List<MembershipItem>>($"{ManagementClient.Base}/networks/{network.Id}/memberships?state=confirmed");
        Assert.Equal(2, queue!.Count);
        var approve = queue.Single(m => m.Email == approved).Id;
        var reject = queue.Single(m => m.Email == rejected).Id;
        await ManagementClient.ExpectAsync(await api.Http.PostAsync($"{ManagementClient.Base}/networks/memberships/{approve}/approve", null), HttpStatusCode.OK);
        await ManagementClient.ExpectAsync(await api.Http.PostAsJsonAsync($"{ManagementClient.Base}/networks/memberships/{reject}/reject", new { reason = "Nätverket är för socialtjänsten." }), HttpStatusCode.OK);

        Assert.Equal("active", await StateAsync(network.Id, approved));
        Assert.StartsWith("Välkommen till ", (await NetworkStory.LastMailAsync(host, approved)).Subject, StringComparison.Ordinal);
        var refusal = await NetworkStory.LastMailAsync(host, rejected);
        Assert.StartsWith("Besked om din ansökan", refusal.Subject, StringComparison.Ordinal);
        Assert.Contains("Nätverket är för socialtjänsten.", refusal.TextBody, StringComparison.Ordinal);

        // Approving twice is a conflict, not a second welcome.
        await ManagementClient.ExpectProblemAsync(await api.Http.PostAsync($"{ManagementClient.Base}/networks/memberships/{approve}/approve", null), HttpStatusCode.Conflict);
        var csv = await api.Http.GetStringAsync($"{ManagementClient.Base}/networks/{network.Id}/members.csv");
        Assert.Contains(approved, csv, StringComparison.Ordinal);
        Assert.DoesNotContain(rejected, csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_names_the_field_and_an_invitation_network_refuses_requests()
    {
        var network = await NetworkStory.CreateAsync(Factory, "open");
        using var client = Factory.CreateClient();
        await ManagementClient.ExpectProblemAsync(await NetworkStory.JoinAsync(client, network.Id, "inte-en-adress"), HttpStatusCode.BadRequest, "email");
        await ManagementClient.ExpectProblemAsync(await client.PostAsJsonAsync($"/api/networks/{network.Id}/join", new { email = OutboxStory.NewAddress() }), HttpStatusCode.BadRequest, "name");
        await ManagementClient.ExpectProblemAsync(await NetworkStory.JoinAsync(client, Guid.NewGuid(), OutboxStory.NewAddress()), HttpStatusCode.NotFound);

        var closed = await NetworkStory.CreateAsync(Factory, "invitation");
        var refused = await ManagementClient.ExpectProblemAsync(await NetworkStory.JoinAsync(client, closed.Id, OutboxStory.NewAddress()), HttpStatusCode.Conflict);
        Assert.Equal("invitationOnly", refused["reason"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync("/api/networks/confirmations/" + new string('a', 43), null)).StatusCode);
    }

    [Fact]
    public async Task A_join_answers_the_same_for_a_new_address_one_that_asked_and_a_member_who_hears_by_email_and_nothing_duplicates()
    {
        var network = await NetworkStory.CreateAsync(Factory, "open");
        var email = OutboxStory.NewAddress();
        using var client = NetworkStory.SiteClient(Factory);
        async Task<(HttpStatusCode Status, string Body)> JoinAsync(string address)
        {
            var response = await NetworkStory.JoinAsync(client, network.Id, address);
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        }

        var fresh = await JoinAsync(email);
        Assert.Equal((HttpStatusCode.Accepted, "{\"state\":\"requested\"}"), fresh);
        var firstLink = await NetworkStory.ConfirmationPathAsync(host, email);

        // Asked but not confirmed: the same answer, and a fresh link replaces the first.
        Assert.Equal(fresh, await JoinAsync(email.ToUpperInvariant()));
        var secondLink = await NetworkStory.ConfirmationPathAsync(host, email);
        Assert.NotEqual(firstLink, secondLink);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync(firstLink, null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync(secondLink, null)).StatusCode);

        // A member: the same answer as a stranger's, and a note by e-mail instead of a second membership.
        Assert.Equal(fresh, await JoinAsync(email));
        Assert.Equal(fresh, await JoinAsync(OutboxStory.NewAddress()));
        Assert.StartsWith("Du är redan medlem: Nätverk ", (await NetworkStory.LastMailAsync(host, email)).Subject, StringComparison.Ordinal);
        using var api = new ManagementClient(Factory);
        var memberships = await api.Http.GetFromJsonAsync<System.Text.Json.Nodes.JsonArray>($"{ManagementClient.Base}/networks/{network.Id}/memberships");
        var mine = Assert.Single(memberships!, m => m!["email"]!.GetValue<string>() == email);
        Assert.Equal("active", mine!["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_coordinator_invites_to_an_invitation_network_and_the_invited_person_becomes_a_member_by_confirming()
    {
        var network = await NetworkStory.CreateAsync(Factory, "invitation");
        var email = OutboxStory.NewAddress();
        using var api = new ManagementClient(Factory);
        await ManagementClient.ExpectAsync(await api.Http.PostAsJsonAsync($"{ManagementClient.Base}/networks/{network.Id}/invitations", new { email, name = "Omar", language = "en" }), HttpStatusCode.OK);
        var invitation = await NetworkStory.LastMailAsync(host, email);
        Assert.StartsWith("You are invited to Network ", invitation.Subject, StringComparison.Ordinal);

        using var client = NetworkStory.SiteClient(Factory);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync(await NetworkStory.ConfirmationPathAsync(host, email), null)).StatusCode);
        Assert.Equal("active", await StateAsync(network.Id, email));
        Assert.StartsWith("Welcome to Network ", (await NetworkStory.LastMailAsync(host, email)).Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_of_networks_names_each_published_network_with_its_policy()
    {
        var network = await NetworkStory.CreateAsync(Factory, "approval");
        using var client = Factory.CreateClient();
        var list = await client.GetFromJsonAsync<List<NetworkItem>>("/api/networks?culture=en");
        var item = Assert.Single(list!, n => n.Id == network.Id);
        Assert.Equal("approval", item.Policy);
        Assert.StartsWith("Network ", item.Name, StringComparison.Ordinal);
    }

    private async Task<string> StateAsync(Guid network, string email)
    {
        using var api = new ManagementClient(Factory);
        var all = await api.Http.GetFromJsonAsync<List<MembershipItem>>($"{ManagementClient.Base}/networks/{network}/memberships");
        return all!.Single(m => m.Email == email).State;
    }

    private sealed record MembershipItem(Guid Id, string Email, string State);

    private sealed record NetworkItem(Guid Id, string Name, string Policy);
}

public sealed class SqliteJoinFlowTests(SqliteNetworkHost host) : JoinFlowTests(host), IClassFixture<SqliteNetworkHost>;

public sealed class PostgresJoinFlowTests(PostgresNetworkHost host) : JoinFlowTests(host), IClassFixture<PostgresNetworkHost>;
