using System.Net;
using System.Text.Json.Nodes;
using Hedershus.Core.Data;
using Hedershus.Core.Mail;
using Hedershus.Core.Seminars;
using Hedershus.Tests.Infrastructure;
using Hedershus.Tests.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hedershus.Tests.Seminars;

public abstract class RegistrationConcurrencyTests(SeminarHost host)
{
    [Fact]
    public async Task Five_hundred_parallel_registrations_for_fifty_seats_give_fifty_confirmed_and_a_waiting_list_of_unique_places()
    {
        var seminar = await SeminarStory.CreateSeminarAsync(host.Factory, capacity: 50);
        using var client = host.Factory.CreateClient();

        var responses = await Task.WhenAll(Enumerable.Range(0, 500).Select(async i =>
        {
            var response = await SeminarStory.RegisterAsync(client, seminar, SeminarStory.Registration($"person{i}-{seminar:N}@example.org"));
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        }));

        Assert.All(responses, r => Assert.True(r.StatusCode == HttpStatusCode.Created, $"{(int)r.StatusCode}: {r.Body}"));
        var answers = responses.Select(r => JsonNode.Parse(r.Body)!).ToList();
        Assert.Equal(50, answers.Count(a => a["status"]!.GetValue<string>() == "confirmed"));
        var waiting = answers.Where(a => a["status"]!.GetValue<string>() == "waitlisted").Select(a => a["position"]!.GetValue<int>()).Order().ToList();
        Assert.Equal(Enumerable.Range(1, 450), waiting);

        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HedershusDbContext>();
        Assert.Equal(50, await db.SeminarRegistrations.CountAsync(r => r.SeminarKey == seminar && r.Status == RegistrationStatus.Confirmed));
        Assert.Equal(450, await db.SeminarRegistrations.CountAsync(r => r.SeminarKey == seminar && r.Status == RegistrationStatus.Waitlisted));
        var suffix = $"-{seminar:N}@example.org";
        Assert.Equal(500, await db.MailOutbox.CountAsync(m => m.ToAddress.EndsWith(suffix) && m.Status == OutboxStatus.Pending));
    }
}

public sealed class SqliteRegistrationConcurrencyTests(SqliteSeminarHost host) : RegistrationConcurrencyTests(host), IClassFixture<SqliteSeminarHost>;

public sealed class PostgresRegistrationConcurrencyTests(PostgresSeminarHost host) : RegistrationConcurrencyTests(host), IClassFixture<PostgresSeminarHost>;
