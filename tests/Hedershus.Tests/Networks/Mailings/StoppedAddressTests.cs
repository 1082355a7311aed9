using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hedershus.Core.Audit;
using Hedershus.Core.Data;
using Hedershus.Core.Identity;
using Hedershus.Tests.Backoffice;
using Hedershus.Tests.Infrastructure;
using Hedershus.Tests.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmtpServer.Protocol;

namespace Hedershus.Tests.Networks.Mailings;

/// <summary>
/// Addresses that stopped receiving mailings after permanent failures: listed for the network's own coordinators, who
/// may clear one so mailings resume; the clearing is audited; anyone else is refused.
/// </summary>
public abstract class StoppedAddressTests(MailingHost host)
{
    private HedershusFactory Factory => host.Factory;

    [Fact]
    public async Task A_coordinator_lists_a_stopped_member_address_clears_it_and_the_next_mailing_reaches_it_and_the_clearing_is_audited()
    {
        var coordinator = $"samordnare-{Guid.NewGuid():N}@hedershus.local";
        var network = await NetworkStory.CreateAsync(Factory, "open", [coordinator]);
        var (bouncing, healthy) = await StopOneOfTwoAsync(network.Id);
        using var session = await BackofficeSession.StartAsync(Factory, [BackofficeRoles.NetworkCoordinators], email: coordinator);
        var url = $"{MailingStory.Base}/{network.Id}/mailings/stopped-addresses";

        var stopped = await session.Http.GetFromJsonAsync<JsonArray>(url);
        var entry = Assert.Single(stopped!)!;
        Assert.Equal(bouncing, entry["email"]!.GetValue<string>());
        Assert.Equal("Sara Lind", entry["name"]!.GetValue<string>());
        Assert.Equal(2, entry["failures"]!.GetValue<int>());
        Assert.DoesNotContain(healthy, stopped!.ToJsonString(), StringComparison.Ordinal);
        var id = entry["id"]!.GetValue<long>();

        Assert.Equal(HttpStatusCode.NoContent, (await session.Http.PostAsync($"{url}/{id}/clear", null)).StatusCode);
        Assert.Equal("[]", await session.Http.GetStringAsync(url));
        await ManagementClient.ExpectProblemAsync(await session.Http.PostAsync($"{url}/{id}/clear", null), HttpStatusCode.NotFound);

        using var api = new ManagementClient(Factory);
        var resumed = await MailingStory.MailAsync(Factory, api, network.Id, "Efter rensning");
        Assert.Equal(2, resumed["recipients"]!.GetValue<int>());
        Assert.Single(MailingStory.Received(host, bouncing, "Efter rensning"));

        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HedershusDbContext>();
        var audit = await db.AuditEntries.AsNoTracking().SingleAsync(a => a.Action == AuditActions.MailingBounceCleared && a.NodeKey == network.Id);
        Assert.Equal(coordinator, audit.ActorName);
        Assert.Equal($"bounce {id}", audit.Target);
        Assert.DoesNotContain(bouncing, audit.Detail ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Coordinators_of_other_networks_and_staff_without_the_networks_section_are_refused_and_nothing_is_cleared()
    {
        var coordinator = $"samordnare-{Guid.NewGuid():N}@hedershus.local";
        var network = await NetworkStory.CreateAsync(Factory, "open", ["someone.else@hedershus.local"]);
        var mine = await NetworkStory.CreateAsync(Factory, "open", [coordinator]);
        var (bouncing, _) = await StopOneOfTwoAsync(network.Id);
        using var api = new ManagementClient(Factory);
        var url = $"{MailingStory.Base}/{network.Id}/mailings/stopped-addresses";
        var id = (await api.Http.GetFromJsonAsync<JsonArray>(url))!.Single()!["id"]!.GetValue<long>();

        using var other = await BackofficeSession.StartAsync(Factory, [BackofficeRoles.NetworkCoordinators], email: coordinator);
        await ManagementClient.ExpectProblemAsync(await other.Http.GetAsync(url), HttpStatusCode.Forbidden);
        await ManagementClient.ExpectProblemAsync(await other.Http.PostAsync($"{url}/{id}/clear", null), HttpStatusCode.Forbidden);
        // Through a network they do manage, where the address is no member, the stop does not exist for them.
        Assert.Equal("[]", await other.Http.GetStringAsync($"{MailingStory.Base}/{mine.Id}/mailings/stopped-addresses"));
        await ManagementClient.ExpectProblemAsync(await other.Http.PostAsync($"{MailingStory.Base}/{mine.Id}/mailings/stopped-addresses/{id}/clear", null), HttpStatusCode.NotFound);

        using var editor = await BackofficeSession.StartAsync(Factory, [BackofficeRoles.Editors]);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.Http.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.Http.PostAsync($"{url}/{id}/clear", null)).StatusCode);
        using var anonymous = NetworkStory.SiteClient(Factory);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(url)).StatusCode);

        var still = Assert.Single((await api.Http.GetFromJsonAsync<JsonArray>(url))!)!;
        Assert.Equal(bouncing, still["email"]!.GetValue<string>());
    }

    /// <summary>Two active members; the first refuses two mailings in a row (the host's limit) and is stopped.</summary>
    private async Task<(string Bouncing, string Healthy)> StopOneOfTwoAsync(Guid network)
    {
        using var client = Factory.CreateClient();
        using var api = new ManagementClient(Factory);
        var (bouncing, healthy) = (OutboxStory.NewAddress(), OutboxStory.NewAddress());
        await MailingStory.JoinAndConfirmAsync(host, client, network, bouncing);
        await MailingStory.JoinAndConfirmAsync(host, client, network, healthy);
        host.Smtp.Refuse(bouncing, SmtpReplyCode.MailboxUnavailable, times: 2);
        await MailingStory.MailAsync(Factory, api, network, "Första");
        await MailingStory.MailAsync(Factory, api, network, "Andra");
        Assert.Equal(1, (await MailingStory.MailAsync(Factory, api, network, "Tredje"))["recipients"]!.GetValue<int>());
        return (bouncing, healthy);
    }
}

public sealed class SqliteStoppedAddressTests(SqliteMailingHost host) : StoppedAddressTests(host), IClassFixture<SqliteMailingHost>;

public sealed class PostgresStoppedAddressTests(PostgresMailingHost host) : StoppedAddressTests(host), IClassFixture<PostgresMailingHost>;
