using Hedershus.Core.Mail;
using Hedershus.Tests.Infrastructure;
using MimeKit;
using SmtpServer.Protocol;

namespace Hedershus.Tests.Mail;

public abstract class OutboxDeliveryTests(SmtpMailHost host)
{
    private HedershusFactory Factory => host.Factory;

    [Fact]
    public async Task A_pending_message_arrives_as_text_and_html_alternatives_with_its_attachment()
    {
        var to = OutboxStory.NewAddress();
        var row = await OutboxStory.WriteAsync(Factory, OutboxStory.Draft(to, "en"));

        await OutboxStory.RunDeliveryAsync(Factory);

        var received = Assert.Single(host.Smtp.To(to));
        var message = received.Message;
        Assert.Equal(row.MessageId, message.MessageId);
        Assert.Equal("noreply@hedershus.local", received.EnvelopeFrom);
        Assert.Equal(to, message.To.Mailboxes.Single().Address);
        Assert.Equal("Bekräftelse: Utbildning om hedersvåld", message.Subject);
        Assert.Equal("en", message.Body!.Headers[HeaderId.ContentLanguage]);
        Assert.Equal("auto-generated", message.Headers["Auto-Submitted"]);

        var mixed = Assert.IsType<Multipart>(message.Body);
        Assert.Equal("multipart/mixed", mixed.ContentType.MimeType);
        var alternative = Assert.IsType<MultipartAlternative>(mixed[0]);
        Assert.Equal(["text/plain", "text/html"], alternative.Select(p => p.ContentType.MimeType));
        Assert.Equal("Välkommen", alternative.TextBody?.Trim());
        var calendar = Assert.IsAssignableFrom<MimePart>(mixed[1]);
        Assert.Equal("text/calendar", calendar.ContentType.MimeType);
        Assert.Equal("seminar.ics", calendar.FileName);

        var stored = await OutboxStory.RowAsync(Factory, row.Id);
        Assert.Equal(OutboxStatus.Sent, stored.Status);
        Assert.Equal(1, stored.Attempts);
        Assert.Equal(Factory.Clock.GetUtcNow().UtcDateTime, stored.SentAt);
    }

    [Fact]
    public async Task Running_delivery_again_sends_nothing_twice()
    {
        var to = OutboxStory.NewAddress();
        await OutboxStory.WriteAsync(Factory, OutboxStory.Draft(to));

        await OutboxStory.RunDeliveryAsync(Factory);
        await OutboxStory.RunDeliveryAsync(Factory);
        Factory.Clock.Advance(TimeSpan.FromHours(1));
        await OutboxStory.RunDeliveryAsync(Factory);

        Assert.Single(host.Smtp.To(to));
    }

    [Fact]
    public async Task A_temporary_refusal_is_retried_after_the_backoff_delay()
    {
        var to = OutboxStory.NewAddress();
        host.Smtp.Refuse(to, SmtpReplyCode.InsufficientStorage, times: 2);
        var row = await OutboxStory.WriteAsync(Factory, OutboxStory.Draft(to));

        await OutboxStory.RunDeliveryAsync(Factory);
        var afterFirst = await OutboxStory.RowAsync(Factory, row.Id);
        Assert.Equal(OutboxStatus.Pending, afterFirst.Status);
        Assert.Equal(1, afterFirst.Attempts);
        Assert.Equal(Factory.Clock.GetUtcNow().UtcDateTime.AddMinutes(1), afterFirst.NextAttemptAt);
        Assert.StartsWith("SMTP 452", afterFirst.LastError, StringComparison.Ordinal);

        await OutboxStory.RunDeliveryAsync(Factory); // not due yet
        Assert.Equal(1, (await OutboxStory.RowAsync(Factory, row.Id)).Attempts);

        Factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await OutboxStory.RunDeliveryAsync(Factory);
        var afterSecond = await OutboxStory.RowAsync(Factory, row.Id);
        Assert.Equal(Factory.Clock.GetUtcNow().UtcDateTime.AddMinutes(2), afterSecond.NextAttemptAt); // doubled

        Factory.Clock.Advance(TimeSpan.FromMinutes(2));
        await OutboxStory.RunDeliveryAsync(Factory);
        Assert.Single(host.Smtp.To(to));
        var sent = await OutboxStory.RowAsync(Factory, row.Id);
        Assert.Equal(OutboxStatus.Sent, sent.Status);
        Assert.Equal(3, sent.Attempts);
    }

    [Fact]
    public async Task A_permanent_refusal_marks_the_message_failed_without_personal_data()
    {
        var to = OutboxStory.NewAddress();
        host.Smtp.Refuse(to, SmtpReplyCode.MailboxUnavailable);
        var row = await OutboxStory.WriteAsync(Factory, OutboxStory.Draft(to));

        await OutboxStory.RunDeliveryAsync(Factory);
        Factory.Clock.Advance(TimeSpan.FromDays(1));
        await OutboxStory.RunDeliveryAsync(Factory);

        var failed = await OutboxStory.RowAsync(Factory, row.Id);
        Assert.Equal(OutboxStatus.Failed, failed.Status);
        Assert.Equal(1, failed.Attempts);
        Assert.StartsWith("SMTP 550", failed.LastError, StringComparison.Ordinal);
        Assert.DoesNotContain("@", failed.LastError, StringComparison.Ordinal);
        Assert.Empty(host.Smtp.To(to));
    }

    [Fact]
    public async Task A_stop_between_messages_marks_what_was_sent_and_gives_the_rest_of_the_batch_back_untouched()
    {
        var addresses = Enumerable.Range(0, 5).Select(_ => OutboxStory.NewAddress()).ToList();
        var rows = new List<OutboxMessage>();
        foreach (var address in addresses)
        {
            rows.Add(await OutboxStory.WriteAsync(Factory, OutboxStory.Draft(address)));
        }

        host.Smtp.StallAfter(2);
        using var stop = new CancellationTokenSource();
        var delivery = OutboxStory.RunDeliveryAsync(Factory, stop.Token);
        await host.Smtp.StallReached.WaitAsync(TimeSpan.FromMinutes(2));
        await stop.CancelAsync(); // the node stops while the third message is mid-conversation
        host.Smtp.EndStall();
        await delivery;

        var states = new List<OutboxMessage>();
        foreach (var row in rows)
        {
            states.Add(await OutboxStory.RowAsync(Factory, row.Id));
        }

        Assert.All(states[..2], s => Assert.Equal(OutboxStatus.Sent, s.Status));
        Assert.Equal((OutboxStatus.Pending, 1), (states[2].Status, states[2].Attempts)); // refused when the stall ended
        Assert.All(states[3..], s =>
        {
            Assert.Equal((OutboxStatus.Pending, 0), (s.Status, s.Attempts));
            Assert.Null(s.ClaimedUntil);
            Assert.Null(s.ClaimToken);
        });

        await OutboxStory.RunDeliveryAsync(Factory);
        Factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await OutboxStory.RunDeliveryAsync(Factory);
        Assert.All(addresses, address => Assert.Single(host.Smtp.To(address)));
    }

    [Fact]
    public async Task An_expired_claim_is_sent_once_but_a_row_marked_sent_never_again()
    {
        var crashedTo = OutboxStory.NewAddress();
        var crashed = await OutboxStory.WriteAsync(Factory, OutboxStory.Draft(crashedTo));
        var now = Factory.Clock.GetUtcNow().UtcDateTime;
        // As if a node claimed the row and died before sending.
        await OutboxStory.UpdateAsync(Factory, crashed.Id, m => { m.Status = OutboxStatus.Sending; m.ClaimedUntil = now.AddMinutes(10); m.Attempts = 1; });
        var sentTo = OutboxStory.NewAddress();
        var sent = await OutboxStory.WriteAsync(Factory, OutboxStory.Draft(sentTo));
        await OutboxStory.UpdateAsync(Factory, sent.Id, m => { m.Status = OutboxStatus.Sent; m.SentAt = now; });

        await OutboxStory.RunDeliveryAsync(Factory);
        Assert.Empty(host.Smtp.To(crashedTo)); // the claim still holds: its owner may be sending right now

        Factory.Clock.Advance(TimeSpan.FromMinutes(10));
        await OutboxStory.RunDeliveryAsync(Factory);
        await OutboxStory.RunDeliveryAsync(Factory);

        Assert.Equal(crashed.MessageId, Assert.Single(host.Smtp.To(crashedTo)).Message.MessageId);
        Assert.Empty(host.Smtp.To(sentTo));
        Assert.Equal(2, (await OutboxStory.RowAsync(Factory, crashed.Id)).Attempts);
    }
}

public sealed class SqliteOutboxDeliveryTests(SqliteSmtpMailHost host) : OutboxDeliveryTests(host), IClassFixture<SqliteSmtpMailHost>;

public sealed class PostgresOutboxDeliveryTests(PostgresSmtpMailHost host) : OutboxDeliveryTests(host), IClassFixture<PostgresSmtpMailHost>;
