using System.Net;
using Hedershus.Core.Data;
using Hedershus.Core.Seminars;
using Hedershus.Tests.Infrastructure;
using Hedershus.Tests.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hedershus.Tests.Seminars;

public abstract class RegistrantLinkTests(SeminarHost host)
{
    private HedershusFactory Factory => host.Factory;

    [Fact]
    public async Task A_GET_on_the_link_and_on_every_action_changes_nothing_and_a_POST_cancels()
    {
        var seminar = await SeminarStory.CreateSeminarAsync(Factory, capacity: 2);
        var email = OutboxStory.NewAddress();
        using var client = Factory.CreateClient();
        var token = await RegistrantStory.RegisterAsync(host, client, seminar, email);

        var page = await client.GetAsync($"/seminarier/anmalan/{token}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Du har en plats.", html, StringComparison.Ordinal);
        Assert.Contains($"action=\"/seminarier/anmalan/{token}/avboka\"", html, StringComparison.Ordinal);
        Assert.Equal("no-store", page.Headers.CacheControl?.ToString());
        Assert.False(page.Headers.Contains("Set-Cookie"));
        foreach (var action in new[] { "avboka", "acceptera", "avboja" })
        {
            Assert.NotEqual(HttpStatusCode.OK, (await client.GetAsync($"/seminarier/anmalan/{token}/{action}")).StatusCode);
        }

        foreach (var action in new[] { "cancel", "accept", "decline" })
        {
            Assert.NotEqual(HttpStatusCode.OK, (await client.GetAsync($"/api/registrations/{token}/{action}")).StatusCode);
        }

        Assert.Equal("confirmed", await RegistrantStory.StatusAsync(client, token));
        var seatsLeft = await ManagementClient.ExpectAsync(await client.GetAsync($"/api/seminars/{seminar}"), HttpStatusCode.OK);
        Assert.Equal(1, seatsLeft["seatsLeft"]!.GetValue<int>());

        var cancelled = await client.PostAsync($"/seminarier/anmalan/{token}/avboka", null);
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Contains("avbokad", await cancelled.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("cancelled", await RegistrantStory.StatusAsync(client, token));
        var after = await ManagementClient.ExpectAsync(await client.GetAsync($"/api/seminars/{seminar}"), HttpStatusCode.OK);
        Assert.Equal(2, after["seatsLeft"]!.GetValue<int>());

        await ManagementClient.ExpectAsync(await client.PostAsync($"/api/registrations/{token}/cancel", null), HttpStatusCode.OK);
        await OutboxStory.RunDeliveryAsync(Factory);
        var mails = host.Smtp.To(email);
        Assert.Equal(2, mails.Count); // the second cancel was a repeat: no second mail
        Assert.StartsWith("Avbokad: ", mails[1].Message.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_or_malformed_token_is_404()
    {
        using var client = Factory.CreateClient();
        var unknown = new string('A', 43);

        await ManagementClient.ExpectProblemAsync(await client.GetAsync($"/api/registrations/{unknown}"), HttpStatusCode.NotFound);
        await ManagementClient.ExpectProblemAsync(await client.PostAsync($"/api/registrations/{unknown}/cancel", null), HttpStatusCode.NotFound);
        await ManagementClient.ExpectProblemAsync(await client.GetAsync("/api/registrations/short"), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/seminarier/anmalan/{unknown}")).StatusCode);
    }

    [Fact]
    public async Task The_token_is_stored_only_as_its_sha256_hash()
    {
        var seminar = await SeminarStory.CreateSeminarAsync(Factory, capacity: 2);
        var email = OutboxStory.NewAddress();
        using var client = Factory.CreateClient();
        var token = await RegistrantStory.RegisterAsync(host, client, seminar, email);

        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HedershusDbContext>();
        var registration = await db.SeminarRegistrations.AsNoTracking().SingleAsync(r => r.Email == email);
        var hashes = await db.SeminarRegistrationTokens.AsNoTracking().Where(t => t.RegistrationId == registration.Id).Select(t => t.Hash).ToListAsync();
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)));
        Assert.Equal([expected], hashes);
        Assert.Equal(43, token.Length); // 256 random bits, base64url
        Assert.False(await db.SeminarRegistrationTokens.AnyAsync(t => t.Hash == token));
        Assert.DoesNotContain(token, System.Text.Json.JsonSerializer.Serialize(registration), StringComparison.Ordinal);
    }
}

public sealed class SqliteRegistrantLinkTests(SqliteSeminarHost host) : RegistrantLinkTests(host), IClassFixture<SqliteSeminarHost>;

public sealed class PostgresRegistrantLinkTests(PostgresSeminarHost host) : RegistrantLinkTests(host), IClassFixture<PostgresSeminarHost>;
