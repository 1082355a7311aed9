using System.Net;
using Hedershus.Core.Data;
using Hedershus.Core.Seminars;
using Hedershus.Tests.Infrastructure;
using Hedershus.Tests.Mail;
using Hedershus.Web.Operations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hedershus.Tests.Seminars;

/// <summary>Registrant links: their tokens never reach a log, and following any link with GET (as mail scanners do) changes nothing.</summary>
public abstract class RegistrantSecrecyTests(LoggedSeminarHost host)
{
    private static readonly string[] PageActions = ["", "/avboka", "/acceptera", "/avboja"];
    private static readonly string[] ApiActions = ["", "/cancel", "/accept", "/decline"];

    private HedershusFactory Factory => host.Factory;

    [Fact]
    public async Task Tokens_never_appear_in_the_log_and_request_lines_show_a_placeholder()
    {
        var seminar = await SeminarStory.CreateSeminarAsync(Factory, capacity: 2);
        using var client = Factory.CreateClient();
        var token = await RegistrantStory.RegisterAsync(host, client, seminar, OutboxStory.NewAddress());

        await client.GetAsync($"/seminarier/anmalan/{token}");
        await client.GetAsync($"/api/registrations/{token}");
        await client.PostAsync($"/seminarier/anmalan/{token}/avboka", null);
        await client.PostAsync($"/api/registrations/{token}/cancel", null);
        await client.GetAsync($"/seminarier/anmalan/{token}/acceptera");

        var leaks = host.Logs.Entries.Where(e => e.FullText.Contains(token, StringComparison.Ordinal)).Select(e => e.Category + ": " + e.Message).ToList();
        Assert.True(leaks.Count == 0, "token in the log:\n" + string.Join("\n", leaks.Distinct()));
        var paths = host.Logs.Entries.Where(e => e.Category == typeof(RequestLoggingMiddleware).FullName && e.Level != LogLevel.None)
            .Select(e => e.Properties["Path"]).ToList();
        Assert.Contains("/seminarier/anmalan/{token}", paths);
        Assert.Contains("/seminarier/anmalan/{token}/avboka", paths);
        Assert.Contains("/api/registrations/{token}/cancel", paths);
    }

    [Fact]
    public async Task A_GET_on_every_link_of_every_mail_and_on_every_action_changes_nothing()
    {
        var seminar = await SeminarStory.CreateSeminarAsync(Factory, capacity: 1);
        var (holder, offered, waiting) = (OutboxStory.NewAddress(), OutboxStory.NewAddress(), OutboxStory.NewAddress());
        using var client = Factory.CreateClient();
        var holderToken = await RegistrantStory.RegisterAsync(host, client, seminar, holder);
        await RegistrantStory.RegisterAsync(host, client, seminar, offered);
        await RegistrantStory.RegisterAsync(host, client, seminar, waiting);
        using (var staff = new StaffStory(Factory))
        {
            await staff.ActOkAsync(seminar, holder, "cancel"); // frees the seat: an offer to the first in line
        }

        await OutboxStory.RunDeliveryAsync(Factory);
        var tokens = host.Smtp.Received.SelectMany(m => RegistrantStory.Tokens(m.Message.TextBody ?? "")).Distinct().ToList();
        Assert.True(tokens.Count >= 5, $"expected links in every mail, found {tokens.Count}");
        var before = await SnapshotAsync(seminar);

        foreach (var token in tokens)
        {
            foreach (var action in PageActions)
            {
                var response = await client.GetAsync($"/seminarier/anmalan/{token}{action}");
                Assert.True(action == "" ? response.IsSuccessStatusCode : response.StatusCode != HttpStatusCode.OK, $"GET {action} answered {(int)response.StatusCode}");
            }

            foreach (var action in ApiActions)
            {
                await client.GetAsync($"/api/registrations/{token}{action}");
                await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, $"/seminarier/anmalan/{token}{action}"));
            }
        }

        Assert.Equal(before, await SnapshotAsync(seminar));
        Assert.Equal("cancelled", await RegistrantStory.StatusAsync(client, holderToken));
    }

    /// <summary>Every registration's status, place and offer, and how many messages the outbox holds.</summary>
    private async Task<string> SnapshotAsync(Guid seminar)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HedershusDbContext>();
        var rows = await db.SeminarRegistrations.AsNoTracking().Where(r => r.SeminarKey == seminar).OrderBy(r => r.Id)
            .Select(r => new { r.Email, r.Status, r.Position, r.OfferExpiresAt, r.CancelledAt }).ToListAsync();
        var messages = await db.MailOutbox.CountAsync();
        return string.Join("\n", rows.Select(r => $"{r.Email} {r.Status} {r.Position} {r.OfferExpiresAt:O} {r.CancelledAt:O}")) + $"\nmessages {messages}";
    }
}

/// <summary>A seminar host whose log is captured, with ASP.NET Core's own logging turned up as a developer might.</summary>
public abstract class LoggedSeminarHost(DatabaseProvider provider) : SeminarHost(provider)
{
    public CollectingLoggerProvider Logs { get; } = new();

    protected override void Configure(HedershusFactory factory)
    {
        base.Configure(factory);
        factory.Settings["Logging:LogLevel:Default"] = "Debug";
        factory.Settings["Logging:LogLevel:Microsoft.AspNetCore"] = "Debug";
        factory.TestServices.Add(services => services.AddSingleton<ILoggerProvider>(Logs));
    }
}

public sealed class SqliteLoggedSeminarHost() : LoggedSeminarHost(DatabaseProvider.Sqlite);

public sealed class PostgresLoggedSeminarHost() : LoggedSeminarHost(DatabaseProvider.Postgres);

public sealed class SqliteRegistrantSecrecyTests(SqliteLoggedSeminarHost host) : RegistrantSecrecyTests(host), IClassFixture<SqliteLoggedSeminarHost>;

public sealed class PostgresRegistrantSecrecyTests(PostgresLoggedSeminarHost host) : RegistrantSecrecyTests(host), IClassFixture<PostgresLoggedSeminarHost>;
