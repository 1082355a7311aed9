using System.Net;
using System.Net.Http.Json;
using Hedershus.Core.Data;
using Hedershus.Core.Seminars;
using Hedershus.Tests.Infrastructure;
using Hedershus.Tests.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hedershus.Tests.Seminars;

public abstract class FollowUpAndErasureTests(SeminarHost host)
{
    private HedershusFactory Factory => host.Factory;

    [Fact]
    public async Task The_reminder_goes_out_two_days_before_and_only_once()
    {
        var seminar = await SeminarStory.CreateSeminarAsync(Factory, capacity: 5);
        var email = OutboxStory.NewAddress();
        using var client = Factory.CreateClient();
        await RegistrantStory.RegisterAsync(host, client, seminar, email);

        await RegistrantStory.RunJobAsync<SeminarFollowUpJob>(Factory);
        await OutboxStory.RunDeliveryAsync(Factory);
        Assert.Single(host.Smtp.To(email)); // the confirmation only: six weeks to go

        Factory.Clock.Advance(new DateTime(2026, 4, 13, 10, 0, 0, DateTimeKind.Utc) - Factory.Clock.GetUtcNow().UtcDateTime);
        await RegistrantStory.RunJobAsync<SeminarFollowUpJob>(Factory);
        await RegistrantStory.RunJobAsync<SeminarFollowUpJob>(Factory);
        await OutboxStory.RunDeliveryAsync(Factory);

        var mails = host.Smtp.To(email);
        Assert.Equal(2, mails.Count);
        Assert.StartsWith("Påminnelse: ", mails[1].Message.Subject, StringComparison.Ordinal);
        Assert.Contains("/seminarier/anmalan/", mails[1].Message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Erasure_removes_the_person_from_every_registration_and_the_outbox()
    {
        var (one, two) = (await SeminarStory.CreateSeminarAsync(Factory, capacity: 5), await SeminarStory.CreateSeminarAsync(Factory, capacity: 5));
        var email = OutboxStory.NewAddress();
        using var client = Factory.CreateClient();
        var token = await RegistrantStory.RegisterAsync(host, client, one, email); // sent
        await ManagementClient.ExpectAsync(await SeminarStory.RegisterAsync(client, two, SeminarStory.Registration(email)), HttpStatusCode.Created); // pending

        using var api = new ManagementClient(Factory);
        var answer = await ManagementClient.ExpectAsync(
            await api.Http.PostAsJsonAsync($"{ManagementClient.Base}/seminars/erasure", new { email = email.ToUpperInvariant() }), HttpStatusCode.OK);

        Assert.Equal(2, answer["registrations"]!.GetValue<int>());
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HedershusDbContext>();
        var rows = await db.SeminarRegistrations.AsNoTracking().Where(r => r.SeminarKey == one || r.SeminarKey == two).ToListAsync();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r =>
        {
            Assert.DoesNotContain(email, r.Email, StringComparison.OrdinalIgnoreCase);
            Assert.Equal("", r.Name);
            Assert.Null(r.Organisation);
            Assert.Null(r.Role);
            Assert.Equal("Botkyrka", r.Municipality); // anonymous counts stay
            Assert.Equal("kommun", r.OrganisationType);
            Assert.NotNull(r.AnonymisedAt);
        });
        var ids = rows.Select(r => r.Id).ToList();
        Assert.False(await db.SeminarRegistrationTokens.AnyAsync(t => ids.Contains(t.RegistrationId)));
        Assert.False(await db.MailOutbox.AnyAsync(m => m.ToAddress == email || m.TextBody.Contains(token) || m.HtmlBody.Contains("Anna Andersson")));
        await ManagementClient.ExpectProblemAsync(await client.GetAsync($"/api/registrations/{token}"), HttpStatusCode.NotFound);

        await OutboxStory.RunDeliveryAsync(Factory);
        Assert.Single(host.Smtp.To(email)); // the pending confirmation for the second seminar was never sent
    }

    [Fact]
    public async Task Erasure_needs_the_management_key()
    {
        using var client = Factory.CreateClient();
        var response = await client.PostAsJsonAsync($"{ManagementClient.Base}/seminars/erasure", new { email = OutboxStory.NewAddress() });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}

public sealed class SqliteFollowUpAndErasureTests(SqliteSeminarHost host) : FollowUpAndErasureTests(host), IClassFixture<SqliteSeminarHost>;

public sealed class PostgresFollowUpAndErasureTests(PostgresSeminarHost host) : FollowUpAndErasureTests(host), IClassFixture<PostgresSeminarHost>;
