using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hedershus.Core.Mail;
using Hedershus.Tests.Infrastructure;
using Hedershus.Tests.Mail;
using MimeKit;

namespace Hedershus.Tests.Seminars;

public abstract class RegistrationTests(SeminarHost host)
{
    private HedershusFactory Factory => host.Factory;

    [Fact]
    public async Task A_registration_with_a_free_seat_is_confirmed_and_the_confirmation_arrives_in_the_registrants_language()
    {
        var seminar = await SeminarStory.CreateSeminarAsync(Factory, capacity: 5);
        var email = OutboxStory.NewAddress();
        using var client = Factory.CreateClient();

        var response = await SeminarStory.RegisterAsync(client, seminar, SeminarStory.Registration(email, "en"));

        var body = await ManagementClient.ExpectAsync(response, HttpStatusCode.Created);
        Assert.Equal("confirmed", body["status"]!.GetValue<string>());
        Assert.Null(body["position"]);
        Assert.NotEqual(Guid.Empty, body["id"]!.GetValue<Guid>());
        Assert.False(response.Headers.Contains("Set-Cookie"));

        await OutboxStory.RunDeliveryAsync(Factory);
        var mail = Assert.Single(host.Smtp.To(email)).Message;
        Assert.Equal("Confirmation: Training on honour-related violence", mail.Subject);
        Assert.Equal("en", mail.Body!.Headers[HeaderId.ContentLanguage]);
        Assert.Contains("You have a seat at Training on honour-related violence", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("<p>Thank you for registering.", mail.HtmlBody, StringComparison.Ordinal);

        var ics = Assert.IsAssignableFrom<MimePart>(Assert.Single(mail.Attachments));
        Assert.Equal("text/calendar", ics.ContentType.MimeType);
        using var content = new MemoryStream();
        await ics.Content!.DecodeToAsync(content);
        var text = System.Text.Encoding.UTF8.GetString(content.ToArray());
        var calendarEvent = Assert.Single(Ical.Net.Calendar.Load(text)!.Events);
        Assert.Equal("Training on honour-related violence", calendarEvent.Summary);
        Assert.Equal(new DateTime(2026, 4, 15, 9, 0, 0, DateTimeKind.Utc), calendarEvent.DtStart!.AsUtc);
        Assert.Equal("Stockholm", calendarEvent.Location);
        Assert.DoesNotContain(email, text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Anna", text, StringComparison.Ordinal);
        Assert.DoesNotContain("http", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_seminar_lists_its_capacity_seats_left_and_sessions()
    {
        var seminar = await SeminarStory.CreateSeminarAsync(Factory, capacity: 3);
        using var client = Factory.CreateClient();
        await ManagementClient.ExpectAsync(await SeminarStory.RegisterAsync(client, seminar, SeminarStory.Registration(OutboxStory.NewAddress())), HttpStatusCode.Created);

        var item = await ManagementClient.ExpectAsync(await client.GetAsync($"/api/seminars/{seminar}?culture=en"), HttpStatusCode.OK);
        var list = JsonNode.Parse(await client.GetStringAsync("/api/seminars"))!.AsArray();

        Assert.Equal("Training on honour-related violence", item["name"]!.GetValue<string>());
        Assert.Equal(3, item["capacity"]!.GetValue<int>());
        Assert.Equal(2, item["seatsLeft"]!.GetValue<int>());
        Assert.True(item["registrationOpen"]!.GetValue<bool>());
        var session = Assert.Single(item["sessions"]!.AsArray())!;
        Assert.Equal("Stockholm", session["place"]!.GetValue<string>());
        var listed = Assert.Single(list, s => s!["id"]!.GetValue<Guid>() == seminar)!;
        Assert.Equal(2, listed["seatsLeft"]!.GetValue<int>());
        Assert.StartsWith("Utbildning", listed["name"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_registration_with_the_same_email_is_a_conflict()
    {
        var seminar = await SeminarStory.CreateSeminarAsync(Factory, capacity: 5);
        var email = OutboxStory.NewAddress();
        using var client = Factory.CreateClient();
        await ManagementClient.ExpectAsync(await SeminarStory.RegisterAsync(client, seminar, SeminarStory.Registration(email)), HttpStatusCode.Created);

        var again = await SeminarStory.RegisterAsync(client, seminar, SeminarStory.Registration(email.ToUpperInvariant()));

        var problem = await ManagementClient.ExpectProblemAsync(again, HttpStatusCode.Conflict);
        Assert.Equal("duplicate", problem["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_full_seminar_without_waiting_list_refuses_and_with_one_queues()
    {
        var closed = await SeminarStory.CreateSeminarAsync(Factory, capacity: 1, waitingList: false);
        var queued = await SeminarStory.CreateSeminarAsync(Factory, capacity: 1);
        using var client = Factory.CreateClient();
        await ManagementClient.ExpectAsync(await SeminarStory.RegisterAsync(client, closed, SeminarStory.Registration(OutboxStory.NewAddress())), HttpStatusCode.Created);
        await ManagementClient.ExpectAsync(await SeminarStory.RegisterAsync(client, queued, SeminarStory.Registration(OutboxStory.NewAddress())), HttpStatusCode.Created);

        var refused = await ManagementClient.ExpectProblemAsync(
            await SeminarStory.RegisterAsync(client, closed, SeminarStory.Registration(OutboxStory.NewAddress())), HttpStatusCode.Conflict);
        var waiting = await ManagementClient.ExpectAsync(
            await SeminarStory.RegisterAsync(client, queued, SeminarStory.Registration(OutboxStory.NewAddress())), HttpStatusCode.Created);

        Assert.Equal("full", refused["reason"]!.GetValue<string>());
        Assert.Equal("waitlisted", waiting["status"]!.GetValue<string>());
        Assert.Equal(1, waiting["position"]!.GetValue<int>());
    }

    [Fact]
    public async Task Whoever_cancelled_may_register_again_and_the_seat_they_freed_is_counted_free_once()
    {
        var seminar = await SeminarStory.CreateSeminarAsync(Factory, capacity: 1, waitingList: false);
        var email = OutboxStory.NewAddress();
        using var client = Factory.CreateClient();
        var token = await RegistrantStory.RegisterAsync(host, client, seminar, email);
        await ManagementClient.ExpectAsync(await client.PostAsync($"/api/registrations/{token}/cancel", null), HttpStatusCode.OK);

        var again = await ManagementClient.ExpectAsync(
            await SeminarStory.RegisterAsync(client, seminar, SeminarStory.Registration(email)), HttpStatusCode.Created);
        var other = await ManagementClient.ExpectProblemAsync(
            await SeminarStory.RegisterAsync(client, seminar, SeminarStory.Registration(OutboxStory.NewAddress())), HttpStatusCode.Conflict);

        Assert.Equal("confirmed", again["status"]!.GetValue<string>());
        Assert.Equal("full", other["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task Registration_after_closing_time_is_a_conflict()
    {
        var seminar = await SeminarStory.CreateSeminarAsync(Factory, capacity: 5, registrationCloses: "2026-03-01T00:00:00Z");
        using var client = Factory.CreateClient();

        var response = await SeminarStory.RegisterAsync(client, seminar, SeminarStory.Registration(OutboxStory.NewAddress()));

        var problem = await ManagementClient.ExpectProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal("closed", problem["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task Approval_required_gives_pending_which_holds_a_seat()
    {
        var seminar = await SeminarStory.CreateSeminarAsync(Factory, capacity: 1, approvalRequired: true);
        using var client = Factory.CreateClient();

        var first = await ManagementClient.ExpectAsync(await SeminarStory.RegisterAsync(client, seminar, SeminarStory.Registration(OutboxStory.NewAddress())), HttpStatusCode.Created);
        var second = await ManagementClient.ExpectAsync(await SeminarStory.RegisterAsync(client, seminar, SeminarStory.Registration(OutboxStory.NewAddress())), HttpStatusCode.Created);

        Assert.Equal("pending", first["status"]!.GetValue<string>());
        Assert.Equal("waitlisted", second["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Invalid_fields_answer_400_naming_each_field_and_store_nothing()
    {
        var questions = new[] { new { contentType = "seminarQuestion", properties = new { alias = "diet", label = "Kost", answerType = "singleChoice", choices = new[] { "vegetarian", "vegan" }, required = true } } };
        var seminar = await SeminarStory.CreateSeminarAsync(Factory, capacity: 5, questions: questions);
        using var client = Factory.CreateClient();
        var body = new { name = "", email = "not-an-address", organisationType = "bank", consent = false, language = "xx", answers = new { diet = "fish", shoeSize = "42" } };

        var response = await SeminarStory.RegisterAsync(client, seminar, body);

        var problem = await ManagementClient.ExpectProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = problem["errors"]!.AsObject();
        foreach (var field in new[] { "name", "email", "organisationType", "consent", "language", "answers.diet", "answers.shoeSize" })
        {
            Assert.True(errors.ContainsKey(field), $"no error for {field}: {problem.ToJsonString()}");
        }

        var item = await ManagementClient.ExpectAsync(await client.GetAsync($"/api/seminars/{seminar}"), HttpStatusCode.OK);
        Assert.Equal(5, item["seatsLeft"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_unknown_seminar_is_404()
    {
        using var client = Factory.CreateClient();
        var response = await SeminarStory.RegisterAsync(client, Guid.NewGuid(), SeminarStory.Registration(OutboxStory.NewAddress()));
        await ManagementClient.ExpectProblemAsync(response, HttpStatusCode.NotFound);
    }
}

public sealed class SqliteRegistrationTests(SqliteSeminarHost host) : RegistrationTests(host), IClassFixture<SqliteSeminarHost>;

public sealed class PostgresRegistrationTests(PostgresSeminarHost host) : RegistrationTests(host), IClassFixture<PostgresSeminarHost>;
