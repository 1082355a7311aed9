using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hedershus.Core.Data;
using Hedershus.Core.Seminars;
using Hedershus.Tests.Infrastructure;
using Hedershus.Tests.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hedershus.Tests.Seminars;

/// <summary>
/// A coordinator registers colleagues in one request: seats go in the order listed, whoever does not fit waits in
/// that order, each person has their own registration, link, e-mail and cancellation; nothing is half-stored.
/// </summary>
public abstract class GroupRegistrationTests(SeminarHost host)
{
    private HedershusFactory Factory => host.Factory;

    public static object Group(IEnumerable<string> emails, object? answers = null) => new
    {
        organisation = "Huddinge kommun",
        organisationType = "kommun",
        municipality = "Huddinge",
        consent = true,
        language = "sv",
        members = emails.Select((email, i) => new { name = $"Kollega {i + 1}", email, role = "Kurator", answers = answers ?? new { } }).ToArray(),
    };

    public static Task<HttpResponseMessage> RegisterGroupAsync(HttpClient client, Guid seminar, object body) =>
        client.PostAsJsonAsync($"/api/seminars/{seminar}/group-registrations", body);

    [Fact]
    public async Task Seats_go_in_the_order_listed_and_the_rest_wait_in_that_order_each_with_their_own_link_and_cancellation()
    {
        var seminar = await SeminarStory.CreateSeminarAsync(Factory, capacity: 3);
        using var client = Factory.CreateClient();
        await ManagementClient.ExpectAsync(await SeminarStory.RegisterAsync(client, seminar, SeminarStory.Registration(OutboxStory.NewAddress())), HttpStatusCode.Created);
        var emails = Enumerable.Range(0, 4).Select(_ => OutboxStory.NewAddress()).ToList();

        var body = await ManagementClient.ExpectAsync(await RegisterGroupAsync(client, seminar, Group(emails)), HttpStatusCode.Created);

        var members = body["members"]!.AsArray().Select(m => m!).ToList();
        Assert.Equal(emails, members.Select(m => m["email"]!.GetValue<string>()));
        Assert.Equal(["confirmed", "confirmed", "waitlisted", "waitlisted"], members.Select(m => m["status"]!.GetValue<string>()));
        Assert.Equal([null, null, 1, 2], members.Select(m => m["position"]?.GetValue<int>()));
        var tokens = new List<string>();
        foreach (var email in emails)
        {
            tokens.Add(await RegistrantStory.TokenInLatestMailAsync(host, email));
        }

        Assert.Equal(4, tokens.Distinct().Count());
        await ManagementClient.ExpectAsync(await client.PostAsync($"/api/registrations/{tokens[0]}/cancel", null), HttpStatusCode.OK);
        Assert.Equal(["cancelled", "confirmed", "offered", "waitlisted"], await Task.WhenAll(tokens.Select(t => RegistrantStory.StatusAsync(client, t))));
    }

    [Fact]
    public async Task Without_a_waiting_list_a_group_that_does_not_fit_is_refused_whole()
    {
        var seminar = await SeminarStory.CreateSeminarAsync(Factory, capacity: 2, waitingList: false);
        using var client = Factory.CreateClient();

        var response = await RegisterGroupAsync(client, seminar, Group([OutboxStory.NewAddress(), OutboxStory.NewAddress(), OutboxStory.NewAddress()]));

        var problem = await ManagementClient.ExpectProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal("full", problem["reason"]!.GetValue<string>());
        Assert.Equal(2, problem["seatsLeft"]!.GetValue<int>());
        Assert.Equal(2, await SeatsLeftAsync(client, seminar));
        await ManagementClient.ExpectAsync(await RegisterGroupAsync(client, seminar, Group([OutboxStory.NewAddress(), OutboxStory.NewAddress()])), HttpStatusCode.Created);
    }

    [Fact]
    public async Task Someone_already_registered_refuses_the_whole_group_naming_the_person_and_nothing_is_stored_or_sent()
    {
        var seminar = await SeminarStory.CreateSeminarAsync(Factory, capacity: 10);
        using var client = Factory.CreateClient();
        var registered = OutboxStory.NewAddress();
        await ManagementClient.ExpectAsync(await SeminarStory.RegisterAsync(client, seminar, SeminarStory.Registration(registered)), HttpStatusCode.Created);
        var first = OutboxStory.NewAddress();

        var response = await RegisterGroupAsync(client, seminar, Group([first, registered.ToUpperInvariant(), OutboxStory.NewAddress()]));

        var problem = await ManagementClient.ExpectProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal("duplicate", problem["reason"]!.GetValue<string>());
        Assert.Equal(1, problem["member"]!.GetValue<int>());
        Assert.Equal(9, await SeatsLeftAsync(client, seminar));
        await OutboxStory.RunDeliveryAsync(Factory);
        Assert.Empty(host.Smtp.To(first));
    }

    [Fact]
    public async Task Field_errors_name_the_person_and_an_address_twice_or_too_many_people_is_400()
    {
        var seminar = await SeminarStory.CreateSeminarAsync(Factory, capacity: 50);
        using var client = Factory.CreateClient();
        var twice = OutboxStory.NewAddress();

        var invalid = await ManagementClient.ExpectProblemAsync(
            await RegisterGroupAsync(client, seminar, Group([OutboxStory.NewAddress(), "not-an-address", twice, twice.ToUpperInvariant()])), HttpStatusCode.BadRequest);
        var tooMany = await ManagementClient.ExpectProblemAsync(
            await RegisterGroupAsync(client, seminar, Group(Enumerable.Range(0, 11).Select(_ => OutboxStory.NewAddress()))), HttpStatusCode.BadRequest);
        var none = await ManagementClient.ExpectProblemAsync(await RegisterGroupAsync(client, seminar, Group([])), HttpStatusCode.BadRequest);

        Assert.Equal(["members[1].email", "members[3].email"], invalid["errors"]!.AsObject().Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.True(tooMany["errors"]!.AsObject().ContainsKey("members"));
        Assert.True(none["errors"]!.AsObject().ContainsKey("members"));
        Assert.Equal(50, await SeatsLeftAsync(client, seminar));
    }

    [Fact]
    public async Task Groups_sent_at_once_never_exceed_capacity_and_each_group_waits_together_in_its_order()
    {
        var seminar = await SeminarStory.CreateSeminarAsync(Factory, capacity: 20);
        using var client = Factory.CreateClient();
        var groups = Enumerable.Range(0, 15).Select(g => Enumerable.Range(0, 4).Select(i => $"g{g}-p{i}-{seminar:N}@example.org").ToList()).ToList();

        var answers = await Task.WhenAll(groups.Select(async g =>
        {
            using var response = await RegisterGroupAsync(client, seminar, Group(g));
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {text}");
            return JsonNode.Parse(text)!["members"]!.AsArray().Select(m => m!).ToList();
        }));

        var all = answers.SelectMany(a => a).ToList();
        Assert.Equal(20, all.Count(m => m["status"]!.GetValue<string>() == "confirmed"));
        Assert.Equal(Enumerable.Range(1, 40), all.Where(m => m["position"] is not null).Select(m => m["position"]!.GetValue<int>()).Order());
        foreach (var members in answers)
        {
            // One transaction per group: its seats come before its places in line, and its places are consecutive.
            var statuses = members.Select(m => m["status"]!.GetValue<string>()).ToList();
            Assert.Equal(statuses.OrderBy(s => s == "confirmed" ? 0 : 1), statuses);
            var positions = members.Where(m => m["position"] is not null).Select(m => m["position"]!.GetValue<int>()).ToList();
            Assert.Equal(Enumerable.Range(positions.FirstOrDefault(), positions.Count), positions);
        }

        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HedershusDbContext>();
        Assert.Equal(20, await db.SeminarRegistrations.CountAsync(r => r.SeminarKey == seminar && SeminarCatalog.HoldingSeat.Contains(r.Status)));
        Assert.Equal(60, await db.SeminarRegistrationTokens.CountAsync(t => t.Registration!.SeminarKey == seminar));
    }

    private static async Task<int> SeatsLeftAsync(HttpClient client, Guid seminar) =>
        (await ManagementClient.ExpectAsync(await client.GetAsync($"/api/seminars/{seminar}"), HttpStatusCode.OK))["seatsLeft"]!.GetValue<int>();
}

public sealed class SqliteGroupRegistrationTests(SqliteSeminarHost host) : GroupRegistrationTests(host), IClassFixture<SqliteSeminarHost>;

public sealed class PostgresGroupRegistrationTests(PostgresSeminarHost host) : GroupRegistrationTests(host), IClassFixture<PostgresSeminarHost>;
