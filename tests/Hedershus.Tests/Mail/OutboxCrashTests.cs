using System.Net;
using Hedershus.Core.Data;
using Hedershus.Core.Mail;
using Hedershus.Tests.Infrastructure;
using Hedershus.Tests.Seminars;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hedershus.Tests.Mail;

/// <summary>
/// The host stops while the outbox is half sent — some confirmations handed over, one in the middle of its SMTP
/// conversation, the rest waiting — and a new host starts on the same database: every registrant ends up with
/// exactly one confirmation.
/// </summary>
public abstract class OutboxCrashTests(DatabaseProvider provider) : IAsyncLifetime, IDisposable
{
    private const int Registrants = 12;
    private const int SentBeforeCrash = 5;

    private readonly LoopbackSmtpServer _smtp = new();
    private TestDatabase? _database;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync(provider);

    [Fact]
    public async Task Every_confirmed_registrant_gets_exactly_one_confirmation_across_a_crash_and_restart()
    {
        var first = StartHost();
        var seminar = await SeminarStory.CreateSeminarAsync(first, capacity: 20);
        var emails = Enumerable.Range(0, Registrants).Select(_ => OutboxStory.NewAddress()).ToList();
        using (var client = first.CreateClient())
        {
            foreach (var email in emails)
            {
                await ManagementClient.ExpectAsync(await SeminarStory.RegisterAsync(client, seminar, SeminarStory.Registration(email)), HttpStatusCode.Created);
            }
        }

        await CrashWhileSendingAsync(first);
        await using var second = StartHost();
        var states = await StatusesAsync(second, emails);
        Assert.Equal(SentBeforeCrash, states.Count(s => s == OutboxStatus.Sent));
        // The dead sender's batch: one message mid-conversation, the others claimed and waiting their turn.
        Assert.Equal(Registrants - SentBeforeCrash, states.Count(s => s == OutboxStatus.Sending));

        await OutboxStory.RunDeliveryAsync(second);
        second.Clock.Advance(TimeSpan.FromMinutes(10)); // the dead sender's claim runs out
        await OutboxStory.RunDeliveryAsync(second);
        await OutboxStory.RunDeliveryAsync(second);

        Assert.All(emails, email => Assert.StartsWith("Bekräftelse: ", Assert.Single(_smtp.To(email)).Message.Subject, StringComparison.Ordinal));
        Assert.All(await StatusesAsync(second, emails), s => Assert.Equal(OutboxStatus.Sent, s));
    }

    /// <summary>Delivery hands <see cref="SentBeforeCrash"/> messages over, hangs on the next, and the process dies.</summary>
    private async Task CrashWhileSendingAsync(SharedDatabaseFactory host)
    {
        _smtp.StallAfter(SentBeforeCrash);
        var scope = host.Services.CreateAsyncScope();
        var delivery = scope.ServiceProvider.GetRequiredService<OutboxDeliveryJob>().RunAsync(CancellationToken.None);
        await _smtp.StallReached.WaitAsync(TimeSpan.FromMinutes(2));

        // The dying process can no longer write anything: its database session goes first, then the SMTP conversation.
        await scope.ServiceProvider.GetRequiredService<HedershusDbContext>().DisposeAsync();
        _smtp.EndStall();
        await Assert.ThrowsAnyAsync<ObjectDisposedException>(() => delivery);
        await scope.DisposeAsync();
        await host.DisposeAsync();
    }

    private SharedDatabaseFactory StartHost()
    {
        var host = new SharedDatabaseFactory(_database!);
        _smtp.Configure(host.Settings);
        host.Settings["Seminars:RateLimitPerMinute"] = "0";
        _ = host.Server;
        return host;
    }

    private static async Task<List<OutboxStatus>> StatusesAsync(SharedDatabaseFactory host, List<string> emails)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HedershusDbContext>();
        return await db.MailOutbox.AsNoTracking().Where(m => emails.Contains(m.ToAddress)).Select(m => m.Status).ToListAsync();
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    public void Dispose()
    {
        _smtp.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteOutboxCrashTests() : OutboxCrashTests(DatabaseProvider.Sqlite);

public sealed class PostgresOutboxCrashTests() : OutboxCrashTests(DatabaseProvider.Postgres);
