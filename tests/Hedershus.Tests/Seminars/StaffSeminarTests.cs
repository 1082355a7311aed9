using System.Net;
using System.Net.Http.Json;
using Hedershus.Tests.Infrastructure;
using Hedershus.Tests.Mail;

namespace Hedershus.Tests.Seminars;

public abstract class StaffSeminarTests(SeminarHost host)
{
    private HedershusFactory Factory => host.Factory;

    [Fact]
    public async Task The_staff_list_shows_each_seminars_seats_per_status_and_fill_rate()
    {
        var seminar = await SeminarStory.CreateSeminarAsync(Factory, capacity: 2);
        using var client = Factory.CreateClient();
        foreach (var email in new[] { "a", "b", "c" }.Select(_ => OutboxStory.NewAddress()))
        {
            await ManagementClient.ExpectAsync(await SeminarStory.RegisterAsync(client, seminar, SeminarStory.Registration(email)), HttpStatusCode.Created);
        }

        using var staff = new StaffStory(Factory);
        var list = System.Text.Json.Nodes.JsonNode.Parse(await StaffStory.ExpectTextAsync(await staff.Http.GetAsync($"{ManagementClient.Base}/seminars")))!.AsArray();
        var item = Assert.Single(list, s => s!["id"]!.GetValue<Guid>() == seminar)!;

        Assert.Equal(2, item["capacity"]!.GetValue<int>());
        Assert.Equal(2, item["confirmed"]!.GetValue<int>());
        Assert.Equal(1, item["waitlisted"]!.GetValue<int>());
        Assert.Equal(0, item["pending"]!.GetValue<int>());
        Assert.Equal(1.0, item["fillRate"]!.GetValue<double>());
        Assert.True(item["published"]!.GetValue<bool>());
        Assert.Equal(1, (await staff.SeminarAsync(seminar))["waitlisted"]!.GetValue<int>());
    }

    [Fact]
    public async Task Registrations_filter_by_status_and_the_waiting_list_comes_in_order()
    {
        var seminar = await SeminarStory.CreateSeminarAsync(Factory, capacity: 1);
        var emails = Enumerable.Range(0, 4).Select(_ => OutboxStory.NewAddress()).ToList();
        using var client = Factory.CreateClient();
        foreach (var email in emails)
        {
            await ManagementClient.ExpectAsync(await SeminarStory.RegisterAsync(client, seminar, SeminarStory.Registration(email)), HttpStatusCode.Created);
        }

        using var staff = new StaffStory(Factory);
        var confirmed = await staff.RegistrationsAsync(seminar, "confirmed");
        var waiting = await staff.WaitingListAsync(seminar);

        Assert.Equal(emails[0], Assert.Single(confirmed)!["email"]!.GetValue<string>());
        Assert.Equal(emails[1..], waiting.Select(w => w!["email"]!.GetValue<string>()));
        Assert.Equal([1, 2, 3], waiting.Select(w => w!["position"]!.GetValue<int>()));
        Assert.Equal("Botkyrka kommun", confirmed[0]!["organisation"]!.GetValue<string>());
        Assert.Equal(4, (await staff.RegistrationsAsync(seminar)).Count);
        await ManagementClient.ExpectProblemAsync(await staff.Http.GetAsync(StaffStory.SeminarPath(seminar) + "/registrations?status=maybe"), HttpStatusCode.BadRequest, "status");
        await ManagementClient.ExpectProblemAsync(await staff.Http.GetAsync(StaffStory.SeminarPath(Guid.NewGuid()) + "/registrations"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Approving_confirms_with_a_calendar_and_rejecting_cancels_with_a_notice()
    {
        var seminar = await SeminarStory.CreateSeminarAsync(Factory, capacity: 3, approvalRequired: true);
        var (approved, rejected) = (OutboxStory.NewAddress(), OutboxStory.NewAddress());
        using var client = Factory.CreateClient();
        foreach (var email in new[] { approved, rejected })
        {
            await ManagementClient.ExpectAsync(await SeminarStory.RegisterAsync(client, seminar, SeminarStory.Registration(email, "en")), HttpStatusCode.Created);
        }

        using var staff = new StaffStory(Factory);
        Assert.Equal(2, (await staff.RegistrationsAsync(seminar, "pending")).Count);
        Assert.Equal("confirmed", (await staff.ActOkAsync(seminar, approved, "approve"))["status"]!.GetValue<string>());
        Assert.Equal("confirmed", (await staff.ActOkAsync(seminar, approved, "approve"))["status"]!.GetValue<string>()); // a repeat
        Assert.Equal("cancelled", (await staff.ActOkAsync(seminar, rejected, "reject"))["status"]!.GetValue<string>());
        var again = await ManagementClient.ExpectProblemAsync(await staff.ActAsync(seminar, await staff.RegistrationIdAsync(seminar, approved), "reject"), HttpStatusCode.Conflict);
        Assert.Equal("notPending", again["reason"]!.GetValue<string>());

        await OutboxStory.RunDeliveryAsync(Factory);
        var approvedMails = host.Smtp.To(approved);
        Assert.Equal(["Registration received: Training on honour-related violence", "Confirmation: Training on honour-related violence"],
            approvedMails.Select(m => m.Message.Subject));
        Assert.Single(approvedMails[1].Message.Attachments);
        var rejection = host.Smtp.To(rejected)[^1].Message;
        Assert.Equal("No seat: Training on honour-related violence", rejection.Subject);
        Assert.DoesNotContain("/seminarier/anmalan/", rejection.TextBody, StringComparison.Ordinal);
        Assert.Equal(2, host.Smtp.To(rejected).Count);
        await ManagementClient.ExpectProblemAsync(await staff.ActAsync(seminar, Guid.NewGuid(), "approve"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Cancelling_on_someones_behalf_frees_the_seat_for_the_first_in_line()
    {
        var seminar = await SeminarStory.CreateSeminarAsync(Factory, capacity: 1);
        var (holder, first, second) = (OutboxStory.NewAddress(), OutboxStory.NewAddress(), OutboxStory.NewAddress());
        using var client = Factory.CreateClient();
        foreach (var email in new[] { holder, first, second })
        {
            await ManagementClient.ExpectAsync(await SeminarStory.RegisterAsync(client, seminar, SeminarStory.Registration(email)), HttpStatusCode.Created);
        }

        using var staff = new StaffStory(Factory);
        var cancelled = await staff.ActOkAsync(seminar, holder, "cancel");
        await staff.ActOkAsync(seminar, holder, "cancel"); // a repeat sends nothing

        Assert.Equal("cancelled", cancelled["status"]!.GetValue<string>());
        Assert.Equal(first, Assert.Single(await staff.RegistrationsAsync(seminar, "offered"))!["email"]!.GetValue<string>());
        Assert.Equal(second, Assert.Single(await staff.WaitingListAsync(seminar))!["email"]!.GetValue<string>());
        await OutboxStory.RunDeliveryAsync(Factory);
        Assert.Equal(["Bekräftelse", "Avbokad"], host.Smtp.To(holder).Select(m => m.Message.Subject!.Split(':')[0]));
        Assert.StartsWith("En plats är ledig: ", host.Smtp.To(first)[^1].Message.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Attendance_is_marked_on_confirmed_registrations_and_counted_per_group()
    {
        var seminar = await SeminarStory.CreateSeminarAsync(Factory, capacity: 2);
        var (came, stayed, waiting) = (OutboxStory.NewAddress(), OutboxStory.NewAddress(), OutboxStory.NewAddress());
        using var client = Factory.CreateClient();
        await ManagementClient.ExpectAsync(await SeminarStory.RegisterAsync(client, seminar, SeminarStory.Registration(came)), HttpStatusCode.Created);
        var other = new { name = "Bo Berg", email = stayed, organisationType = "polis", municipality = "Solna", consent = true };
        await ManagementClient.ExpectAsync(await SeminarStory.RegisterAsync(client, seminar, other), HttpStatusCode.Created);
        await ManagementClient.ExpectAsync(await SeminarStory.RegisterAsync(client, seminar, SeminarStory.Registration(waiting)), HttpStatusCode.Created);

        using var staff = new StaffStory(Factory);
        Assert.True((await staff.ActOkAsync(seminar, came, "attendance", new { attended = true }))["attended"]!.GetValue<bool>());
        Assert.False((await staff.ActOkAsync(seminar, stayed, "attendance", new { attended = false }))["attended"]!.GetValue<bool>());
        var notConfirmed = await ManagementClient.ExpectProblemAsync(
            await staff.ActAsync(seminar, await staff.RegistrationIdAsync(seminar, waiting), "attendance", new { attended = true }), HttpStatusCode.Conflict);
        Assert.Equal("notConfirmed", notConfirmed["reason"]!.GetValue<string>());
        await ManagementClient.ExpectProblemAsync(await staff.ActAsync(seminar, await staff.RegistrationIdAsync(seminar, came), "attendance", new { attended = "ja" }),
            HttpStatusCode.BadRequest, "$.attended");

        var counts = await ManagementClient.ExpectAsync(await staff.Http.GetAsync(StaffStory.SeminarPath(seminar) + "/counts"), HttpStatusCode.OK);
        var municipalities = counts["byMunicipality"]!.AsArray().ToDictionary(g => g!["value"]!.GetValue<string>(), g => (g!["registered"]!.GetValue<int>(), g["attended"]!.GetValue<int>()));
        var types = counts["byOrganisationType"]!.AsArray().ToDictionary(g => g!["value"]!.GetValue<string>(), g => g!["registered"]!.GetValue<int>());
        Assert.Equal((2, 1), municipalities["Botkyrka"]);
        Assert.Equal((1, 0), municipalities["Solna"]);
        Assert.Equal(2, types["kommun"]);
        Assert.Equal(1, types["polis"]);
        Assert.Equal(1, (await staff.SeminarAsync(seminar))["attended"]!.GetValue<int>());
    }

    [Fact]
    public async Task Staff_endpoints_need_the_seminars_section()
    {
        using var anonymous = Factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"{ManagementClient.Base}/seminars")).StatusCode);

        using var writer = Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });
        await writer.PostAsJsonAsync(Hedershus.Web.Backoffice.Security.TestingSignInEndpoint.Path,
            new Hedershus.Web.Backoffice.Security.TestingSignInRequest("writer@hedershus.local", [Hedershus.Core.Identity.BackofficeRoles.Writers]));
        Assert.Equal(HttpStatusCode.Forbidden, (await writer.GetAsync($"{ManagementClient.Base}/seminars")).StatusCode);

        using var manager = Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });
        await manager.PostAsJsonAsync(Hedershus.Web.Backoffice.Security.TestingSignInEndpoint.Path,
            new Hedershus.Web.Backoffice.Security.TestingSignInRequest("seminars@hedershus.local", [Hedershus.Core.Identity.BackofficeRoles.SeminarManagers]));
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync($"{ManagementClient.Base}/seminars")).StatusCode);
    }
}

public sealed class SqliteStaffSeminarTests(SqliteSeminarHost host) : StaffSeminarTests(host), IClassFixture<SqliteSeminarHost>;

public sealed class PostgresStaffSeminarTests(PostgresSeminarHost host) : StaffSeminarTests(host), IClassFixture<PostgresSeminarHost>;
