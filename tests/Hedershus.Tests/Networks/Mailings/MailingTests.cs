using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hedershus.Core.Identity;
using Hedershus.Tests.Backoffice;
using Hedershus.Tests.Infrastructure;
using Hedershus.Tests.Mail;
using SmtpServer.Protocol;

namespace Hedershus.Tests.Networks.Mailings;

/// <summary>Coordinators' mailings: who gets them, in which language, from which sender, with which headers; bounces; bad input; who may send.</summary>
public abstract class MailingTests(MailingHost host)
{
    private HedershusFactory Factory => host.Factory;

    [Fact]
    public async Task A_mailing_reaches_active_members_only_each_in_their_language_from_the_mailing_sender_with_one_click_headers()
    {
        var network = await NetworkStory.CreateAsync(Factory, "approval");
        using var client = Factory.CreateClient();
        using var api = new ManagementClient(Factory);
        var (swedish, english, third) = (OutboxStory.NewAddress(), OutboxStory.NewAddress(), OutboxStory.NewAddress());
        var (requested, waiting, rejected, removed, left) = (OutboxStory.NewAddress(), OutboxStory.NewAddress(), OutboxStory.NewAddress(),
            OutboxStory.NewAddress(), OutboxStory.NewAddress());
        foreach (var (email, language) in new[] { (swedish, "sv"), (english, "en"), (third, "sv"), (waiting, "sv"), (rejected, "sv"), (removed, "sv"), (left, "sv") })
        {
            await MailingStory.JoinAndConfirmAsync(host, client, network.Id, email, language);
        }

        await ManagementClient.ExpectAsync(await NetworkStory.JoinAsync(client, network.Id, requested), HttpStatusCode.Accepted);
        foreach (var email in new[] { swedish, english, third, removed, left })
        {
            await MailingStory.ChangeAsync(api, network.Id, email, "approve");
        }

        await MailingStory.ChangeAsync(api, network.Id, rejected, "reject");
        await MailingStory.ChangeAsync(api, network.Id, removed, "remove");
        var token = await NetworkStory.TokenAsync(host, client, left);
        Assert.Equal(HttpStatusCode.NoContent, (await client.SendAsync(NetworkStory.WithToken(HttpMethod.Delete, $"/api/members/me/networks/{network.Id}", token))).StatusCode);

        var sent = await MailingStory.MailAsync(Factory, api, network.Id, "Höstens träffar", "Autumn meetings");

        Assert.Equal("sent", sent["status"]!.GetValue<string>());
        Assert.Equal(3, sent["recipients"]!.GetValue<int>());
        var inSwedish = MailingStory.Single(host, swedish, "Höstens träffar");
        Assert.Contains("Detta är Höstens träffar.", inSwedish.TextBody, StringComparison.Ordinal);
        Assert.Single(MailingStory.Received(host, third, "Höstens träffar"));
        var inEnglish = MailingStory.Single(host, english, "Autumn meetings");
        Assert.Contains("This is Autumn meetings.", inEnglish.TextBody, StringComparison.Ordinal);
        foreach (var outsider in new[] { requested, waiting, rejected, removed, left })
        {
            Assert.DoesNotContain(host.Smtp.To(outsider), m => m.Message.Subject is "Höstens träffar" or "Autumn meetings");
        }

        // Mailings come from their own sender; the confirmation mail of the same people from the transactional one.
        Assert.Equal("mailings@hedershus.local", Assert.Single(inSwedish.From.Mailboxes).Address);
        Assert.Equal("mailings@hedershus.local", Assert.Single(MailingStory.Received(host, swedish, "Höstens träffar")).EnvelopeFrom);
        Assert.Equal("noreply@hedershus.local", host.Smtp.To(swedish)[0].Message.From.Mailboxes.Single().Address);
        Assert.NotEqual(MailingStory.UnsubscribePath(inSwedish), MailingStory.UnsubscribePath(inEnglish));

        var delivery = (await ManagementClient.ExpectAsync(await api.Http.GetAsync($"{MailingStory.Base}/mailings/{sent["id"]}"), HttpStatusCode.OK))["delivery"]!;
        Assert.Equal((0, 3, 0), (delivery["queued"]!.GetValue<int>(), delivery["sent"]!.GetValue<int>(), delivery["failed"]!.GetValue<int>()));
        await ManagementClient.ExpectProblemAsync(await api.Http.PostAsync($"{MailingStory.Base}/mailings/{sent["id"]}/send", null), HttpStatusCode.Conflict);
        AssertNoPersonalDataLogged(swedish, english, third, MailingStory.UnsubscribePath(inSwedish)[^43..]);
    }

    [Fact]
    public async Task Repeated_permanent_failures_stop_mailings_to_the_address_and_a_delivered_mailing_resets_the_count()
    {
        var network = await NetworkStory.CreateAsync(Factory, "open");
        using var client = Factory.CreateClient();
        using var api = new ManagementClient(Factory);
        var (bouncing, healthy) = (OutboxStory.NewAddress(), OutboxStory.NewAddress());
        await MailingStory.JoinAndConfirmAsync(host, client, network.Id, bouncing);
        await MailingStory.JoinAndConfirmAsync(host, client, network.Id, healthy);

        host.Smtp.Refuse(bouncing, SmtpReplyCode.MailboxUnavailable);
        var first = await MailingStory.MailAsync(Factory, api, network.Id, "Utskick 1");
        await MailingStory.MailAsync(Factory, api, network.Id, "Utskick 2"); // delivered: the count starts again
        host.Smtp.Refuse(bouncing, SmtpReplyCode.MailboxUnavailable, times: 2);
        await MailingStory.MailAsync(Factory, api, network.Id, "Utskick 3");
        Assert.Equal(2, (await MailingStory.MailAsync(Factory, api, network.Id, "Utskick 4"))["recipients"]!.GetValue<int>());
        var fifth = await MailingStory.MailAsync(Factory, api, network.Id, "Utskick 5");

        Assert.Equal(1, fifth["recipients"]!.GetValue<int>());
        Assert.Empty(MailingStory.Received(host, bouncing, "Utskick 5"));
        Assert.Single(MailingStory.Received(host, healthy, "Utskick 5"));
        Assert.Single(MailingStory.Received(host, bouncing, "Utskick 2"));
        var delivery = (await ManagementClient.ExpectAsync(await api.Http.GetAsync($"{MailingStory.Base}/mailings/{first["id"]}"), HttpStatusCode.OK))["delivery"]!;
        Assert.Equal((1, 1), (delivery["sent"]!.GetValue<int>(), delivery["failed"]!.GetValue<int>()));

        // Transactional mail is not stopped: the address can still sign in.
        await NetworkStory.RequestCodeAsync(host, client, bouncing);
    }

    [Fact]
    public async Task Bad_input_answers_problem_details_naming_the_field_and_unknown_ids_404()
    {
        var network = await NetworkStory.CreateAsync(Factory, "open");
        using var api = new ManagementClient(Factory);
        var url = $"{MailingStory.Base}/{network.Id}/mailings";

        await ManagementClient.ExpectProblemAsync(await api.Http.PostAsJsonAsync(url, new { texts = new { sv = new { subject = " ", body = "Text" } } }),
            HttpStatusCode.BadRequest, "texts.sv.subject");
        await ManagementClient.ExpectProblemAsync(await api.Http.PostAsJsonAsync(url, new { texts = new { sv = new { subject = "Ämne", body = "" } } }),
            HttpStatusCode.BadRequest, "texts.sv.body");
        await ManagementClient.ExpectProblemAsync(await api.Http.PostAsJsonAsync(url, new { texts = new { en = new { subject = "Subject", body = "Text" } } }),
            HttpStatusCode.BadRequest, "texts.sv");
        await ManagementClient.ExpectProblemAsync(await api.Http.PostAsJsonAsync(url, new { }), HttpStatusCode.BadRequest, "texts.sv");
        await ManagementClient.ExpectProblemAsync(await api.Http.PostAsJsonAsync(url, new { texts = new { sv = new { subject = "Två\r\nrader", body = "Text" } } }),
            HttpStatusCode.BadRequest, "texts.sv.subject");
        await ManagementClient.ExpectProblemAsync(await api.Http.PostAsJsonAsync(url, new { texts = new Dictionary<string, object>
        {
            ["sv"] = new { subject = "Ämne", body = "Text" }, ["xx"] = new { subject = "Subject", body = "Text" },
        } }), HttpStatusCode.BadRequest, "texts.xx");
        await ManagementClient.ExpectProblemAsync(await api.Http.PostAsJsonAsync($"{MailingStory.Base}/{Guid.NewGuid()}/mailings", MailingStory.Texts("Ämne")),
            HttpStatusCode.NotFound);
        await ManagementClient.ExpectProblemAsync(await api.Http.PostAsync($"{MailingStory.Base}/mailings/{Guid.NewGuid()}/send", null), HttpStatusCode.NotFound);
        await ManagementClient.ExpectProblemAsync(await api.Http.GetAsync($"{MailingStory.Base}/{Guid.NewGuid()}/mailings"), HttpStatusCode.NotFound);

        var draft = await MailingStory.CreateAsync(api.Http, network.Id, "Utkast");
        var changed = await ManagementClient.ExpectAsync(await api.Http.PutAsJsonAsync($"{MailingStory.Base}/mailings/{draft}", MailingStory.Texts("Ändrat", "Changed")), HttpStatusCode.OK);
        Assert.Equal("Changed", changed["texts"]!["en"]!["subject"]!.GetValue<string>());
        Assert.Equal("draft", changed["status"]!.GetValue<string>());
        await MailingStory.SendAsync(api.Http, draft);
        await ManagementClient.ExpectProblemAsync(await api.Http.PutAsJsonAsync($"{MailingStory.Base}/mailings/{draft}", MailingStory.Texts("Igen")), HttpStatusCode.Conflict);
        await ManagementClient.ExpectProblemAsync(await api.Http.DeleteAsync($"{MailingStory.Base}/mailings/{draft}"), HttpStatusCode.Conflict);
        var list = await api.Http.GetFromJsonAsync<JsonArray>(url);
        Assert.Equal("Ändrat", Assert.Single(list!)!["texts"]!["sv"]!["subject"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_writer_can_neither_see_write_nor_send_mailings_and_only_the_network_s_own_coordinator_can()
    {
        var coordinatorEmail = $"samordnare-{Guid.NewGuid():N}@hedershus.local";
        var network = await NetworkStory.CreateAsync(Factory, "open", coordinators: [coordinatorEmail]);
        using var writer = await BackofficeSession.StartAsync(Factory, [BackofficeRoles.Writers]);
        using var coordinator = await BackofficeSession.StartAsync(Factory, [BackofficeRoles.NetworkCoordinators], email: coordinatorEmail);
        using var otherCoordinator = await BackofficeSession.StartAsync(Factory, [BackofficeRoles.NetworkCoordinators]);
        using var api = new ManagementClient(Factory);
        var draft = await MailingStory.CreateAsync(api.Http, network.Id, "Från administratören");

        Assert.Equal(HttpStatusCode.Forbidden, (await writer.Http.GetAsync($"{MailingStory.Base}/{network.Id}/mailings")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await writer.Http.PostAsJsonAsync($"{MailingStory.Base}/{network.Id}/mailings", MailingStory.Texts("Nej"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await writer.Http.PostAsync($"{MailingStory.Base}/mailings/{draft}/send", null)).StatusCode);
        Assert.Equal("draft", (await ManagementClient.ExpectAsync(await api.Http.GetAsync($"{MailingStory.Base}/mailings/{draft}"), HttpStatusCode.OK))["status"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.Forbidden, (await otherCoordinator.Http.GetAsync($"{MailingStory.Base}/{network.Id}/mailings")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherCoordinator.Http.PostAsJsonAsync($"{MailingStory.Base}/{network.Id}/mailings", MailingStory.Texts("Nej"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherCoordinator.Http.GetAsync($"{MailingStory.Base}/mailings/{draft}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherCoordinator.Http.PostAsync($"{MailingStory.Base}/mailings/{draft}/send", null)).StatusCode);

        var own = await MailingStory.CreateAsync(coordinator.Http, network.Id, "Från samordnaren");
        Assert.Equal("sent", (await MailingStory.SendAsync(coordinator.Http, own))["status"]!.GetValue<string>());
        Assert.Equal("sent", (await MailingStory.SendAsync(coordinator.Http, draft))["status"]!.GetValue<string>());
    }

    private void AssertNoPersonalDataLogged(params string[] secrets)
    {
        var text = host.Logs.AllText;
        Assert.All(secrets, secret => Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase));
    }
}

public sealed class SqliteMailingTests(SqliteMailingHost host) : MailingTests(host), IClassFixture<SqliteMailingHost>;

public sealed class PostgresMailingTests(PostgresMailingHost host) : MailingTests(host), IClassFixture<PostgresMailingHost>;
