using Hedershus.Core.Data;
using Hedershus.Core.Mail;
using Hedershus.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hedershus.Tests.Mail;

/// <summary>
/// Two nodes on one database deliver the same outbox at the same time, each with several runs claiming batches:
/// every message is handed over exactly once and every row ends sent.
/// </summary>
public abstract class OutboxClusterTests(DatabaseProvider provider) : IAsyncLifetime, IDisposable
{
    private const int Messages = 5 * OutboxDelivery.BatchSize + 17;
    private const int RunsPerNode = 3;

    private readonly LoopbackSmtpServer _smtp = new();
    private TestDatabase? _database;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync(provider);

    [Fact]
    public async Task Two_nodes_claiming_batches_at_once_deliver_every_message_exactly_once()
    {
        await using var first = Node("first");
        await using var second = Node("second");
        var addresses = Enumerable.Range(0, Messages).Select(_ => OutboxStory.NewAddress()).ToList();
        await WriteAllAsync(first, addresses);

        var runs = Enumerable.Range(0, RunsPerNode).SelectMany(_ => new[] { DeliverAsync(first), DeliverAsync(second) }).ToList();
        var handedOver = await Task.WhenAll(runs);

        Assert.Equal(Messages, handedOver.Sum());
        Assert.All(addresses, address => Assert.Single(_smtp.To(address)));
        await using var scope = second.Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<HedershusDbContext>().MailOutbox.AsNoTracking().ToListAsync();
        Assert.Equal(Messages, rows.Count);
        Assert.All(rows, row =>
        {
            Assert.Equal(OutboxStatus.Sent, row.Status);
            Assert.Equal(1, row.Attempts);
            Assert.Null(row.ClaimToken);
        });
    }

    private static async Task WriteAllAsync(SharedDatabaseFactory node, List<string> addresses)
    {
        await using var scope = node.Services.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<Outbox>();
        addresses.ForEach(address => outbox.Add(OutboxStory.Draft(address)));
        await scope.ServiceProvider.GetRequiredService<HedershusDbContext>().SaveChangesAsync();
    }

    private static async Task<int> DeliverAsync(SharedDatabaseFactory node)
    {
        await Task.Yield();
        await using var scope = node.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxDelivery>().DeliverDueAsync(CancellationToken.None);
    }

    private SharedDatabaseFactory Node(string name)
    {
        var node = new SharedDatabaseFactory(_database!).WithOwnSearchFolder(name);
        _smtp.Configure(node.Settings);
        _ = node.Server;
        return node;
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

public sealed class SqliteOutboxClusterTests() : OutboxClusterTests(DatabaseProvider.Sqlite);

public sealed class PostgresOutboxClusterTests() : OutboxClusterTests(DatabaseProvider.Postgres);
