using System.Net;
using System.Net.Http.Json;
using Hedershus.Core.Identity;
using Hedershus.Tests.Backoffice;
using Hedershus.Tests.Infrastructure;
using Hedershus.Tests.Mail;

namespace Hedershus.Tests.Networks;

/// <summary>A Network coordinator manages only the networks that list them; Administrators all. Coordinators hear of waiting requests.</summary>
public abstract class CoordinatorScopeTests(NetworkHost host)
{
    private const string Base = ManagementClient.Base + "/networks";

    private HedershusFactory Factory => host.Factory;

    [Fact]
    public async Task A_coordinator_sees_and_manages_only_the_networks_that_list_them_while_an_administrator_manages_all()
    {
        var coordinator = $"samordnare-{Guid.NewGuid():N}@hedershus.local";
        var mine = await NetworkStory.CreateAsync(Factory, "approval", [coordinator.ToUpperInvariant()]);
        var theirs = await NetworkStory.CreateAsync(Factory, "approval", ["someone.else@hedershus.local"]);
        var (inMine, inTheirs) = (OutboxStory.NewAddress(), OutboxStory.NewAddress());
        using var site = NetworkStory.SiteClient(Factory);
        await NetworkStory.JoinAndConfirmAsync(host, site, mine.Id, inMine);
        await NetworkStory.JoinAndConfirmAsync(host, site, theirs.Id, inTheirs);
        using var session = await BackofficeSession.StartAsync(Factory, [BackofficeRoles.NetworkCoordinators], email: coordinator);
        var http = session.Http;

        var listed = await http.GetFromJsonAsync<List<NetworkItem>>(Base + "/");
        Assert.Contains(listed!, n => n.Id == mine.Id);
        Assert.DoesNotContain(listed!, n => n.Id == theirs.Id);

        var theirQueue = await AdminQueueAsync(theirs.Id);
        var refusals = new[]
        {
            await http.GetAsync($"{Base}/{theirs.Id}/memberships"),
            await http.GetAsync($"{Base}/{theirs.Id}/members.csv"),
            await http.PostAsJsonAsync($"{Base}/{theirs.Id}/invitations", new { email = OutboxStory.NewAddress(), language = "sv" }),
            await http.PostAsync($"{Base}/memberships/{theirQueue.Id}/approve", null),
            await http.PostAsJsonAsync($"{Base}/memberships/{theirQueue.Id}/reject", new { reason = "Nej." }),
            await http.PostAsJsonAsync($"{Base}/memberships/{theirQueue.Id}/remove", new { reason = "Nej." }),
        };
        foreach (var refusal in refusals)
        {
            await ManagementClient.ExpectProblemAsync(refusal, HttpStatusCode.Forbidden);
        }

        Assert.Equal("confirmed", (await AdminQueueAsync(theirs.Id)).State);
        var myQueue = await http.GetFromJsonAsync<List<MembershipItem>>($"{Base}/{mine.Id}/memberships?state=confirmed");
        var waiting = Assert.Single(myQueue!);
        Assert.Equal(inMine, waiting.Email);
        await ManagementClient.ExpectAsync(await http.PostAsync($"{Base}/memberships/{waiting.Id}/approve", null), HttpStatusCode.OK);
        Assert.Contains(inMine, await http.GetStringAsync($"{Base}/{mine.Id}/members.csv"), StringComparison.Ordinal);

        using var admin = await BackofficeSession.StartAsync(Factory, [BackofficeRoles.Administrators]);
        var all = await admin.Http.GetFromJsonAsync<List<NetworkItem>>(Base + "/");
        Assert.Contains(all!, n => n.Id == mine.Id);
        Assert.Contains(all!, n => n.Id == theirs.Id);
        await ManagementClient.ExpectAsync(await admin.Http.PostAsync($"{Base}/memberships/{theirQueue.Id}/approve", null), HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_user_of_another_group_reaches_no_network_endpoint()
    {
        var network = await NetworkStory.CreateAsync(Factory, "open");
        using var editor = await BackofficeSession.StartAsync(Factory, [BackofficeRoles.Editors]);

        Assert.Equal(HttpStatusCode.Forbidden, (await editor.Http.GetAsync(Base + "/")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.Http.GetAsync($"{Base}/{network.Id}/memberships")).StatusCode);
    }

    [Fact]
    public async Task The_coordinators_of_an_approval_network_are_told_of_a_confirmed_request_without_who_asked()
    {
        var (first, second) = ($"c1-{Guid.NewGuid():N}@hedershus.local", $"c2-{Guid.NewGuid():N}@hedershus.local");
        var approval = await NetworkStory.CreateAsync(Factory, "approval", [first, second, "inte en adress"]);
        var open = await NetworkStory.CreateAsync(Factory, "open", [first]);
        var applicant = OutboxStory.NewAddress();
        using var site = NetworkStory.SiteClient(Factory);

        await ManagementClient.ExpectAsync(await NetworkStory.JoinAsync(site, approval.Id, applicant), HttpStatusCode.Accepted);
        await OutboxStory.RunDeliveryAsync(Factory);
        Assert.Empty(host.Smtp.To(first)); // an unconfirmed request is not worth anyone's time yet

        var path = await NetworkStory.ConfirmationPathAsync(host, applicant);
        Assert.Equal(HttpStatusCode.OK, (await site.PostAsync(path, null)).StatusCode);
        await NetworkStory.JoinAndConfirmAsync(host, site, open.Id, OutboxStory.NewAddress());
        await OutboxStory.RunDeliveryAsync(Factory);

        foreach (var coordinator in new[] { first, second })
        {
            var message = Assert.Single(host.Smtp.To(coordinator)).Message;
            Assert.StartsWith("En ansökan väntar på ditt beslut: Nätverk ", message.Subject, StringComparison.Ordinal);
            Assert.Contains($"/umbraco/section/networks#network/{approval.Id}", message.TextBody, StringComparison.Ordinal);
            Assert.DoesNotContain(applicant, message.TextBody, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Sara Lind", message.TextBody, StringComparison.Ordinal);
        }
    }

    private async Task<MembershipItem> AdminQueueAsync(Guid network)
    {
        using var api = new ManagementClient(Factory);
        return Assert.Single((await api.Http.GetFromJsonAsync<List<MembershipItem>>($"{Base}/{network}/memberships?state=confirmed"))!);
    }

    private sealed record NetworkItem(Guid Id, string Name, string Policy);

    private sealed record MembershipItem(Guid Id, string Email, string State);
}

public sealed class SqliteCoordinatorScopeTests(SqliteNetworkHost host) : CoordinatorScopeTests(host), IClassFixture<SqliteNetworkHost>;

public sealed class PostgresCoordinatorScopeTests(PostgresNetworkHost host) : CoordinatorScopeTests(host), IClassFixture<PostgresNetworkHost>;
