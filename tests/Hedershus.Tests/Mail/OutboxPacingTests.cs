using Hedershus.Core.Mail;
using Microsoft.Extensions.DependencyInjection;

namespace Hedershus.Tests.Mail;

/// <summary>Delivery steps aside while writes stream in, and still sends everything, once.</summary>
public abstract class OutboxPacingTests(SmtpMailHost host)
{
    [Fact]
    public async Task Delivery_during_a_burst_of_writes_sends_every_message_exactly_once()
    {
        var factory = host.Factory;
        var signal = factory.Services.GetRequiredService<OutboxSignal>();
        // More than one batch, so delivery claims again and steps aside between slices while the burst goes on.
        var addresses = Enumerable.Range(0, OutboxDelivery.BatchSize + 15).Select(_ => OutboxStory.NewAddress()).ToList();
        foreach (var address in addresses)
        {
            await OutboxStory.WriteAsync(factory, OutboxStory.Draft(address));
        }

        using var stop = new CancellationTokenSource();
        var burst = KeepWritingAsync(signal, stop.Token);
        signal.Written();
        Assert.True(signal.IsBurst);

        await OutboxStory.RunDeliveryAsync(factory);
        await stop.CancelAsync();
        await burst;

        Assert.All(addresses, address => Assert.Single(host.Smtp.To(address)));
        await OutboxStory.RunDeliveryAsync(factory);
        Assert.All(addresses, address => Assert.Single(host.Smtp.To(address)));
    }

    /// <summary>What registrations arriving one after another look like to the signal.</summary>
    private static async Task KeepWritingAsync(OutboxSignal signal, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            signal.Written();
            await Task.Delay(5, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }
}

public sealed class SqliteOutboxPacingTests(SqliteSmtpMailHost host) : OutboxPacingTests(host), IClassFixture<SqliteSmtpMailHost>;

public sealed class PostgresOutboxPacingTests(PostgresSmtpMailHost host) : OutboxPacingTests(host), IClassFixture<PostgresSmtpMailHost>;
