using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.ComponentModel;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Hedershus.Tests.Infrastructure;

/// <summary>A real SMTP server on loopback, in the test process. It keeps what it receives and can answer with planned failures.</summary>
public sealed class LoopbackSmtpServer : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<SmtpReplyCode>> _failures = new(StringComparer.OrdinalIgnoreCase);
    private volatile int _stallAfter = int.MaxValue;
    private TaskCompletionSource? _stall;
    private TaskCompletionSource? _stallReached;

    public LoopbackSmtpServer()
    {
        Port = FreePort();
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(this));
        _ = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
        WaitUntilListening();
    }

    public int Port { get; }

    public ConcurrentQueue<ReceivedMail> Received { get; } = new();

    /// <summary>Settings that point a host at this server.</summary>
    public void Configure(Dictionary<string, string?> settings)
    {
        settings["Mail:Host"] = "127.0.0.1";
        settings["Mail:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Mail:StartTls"] = "false";
    }

    /// <summary>The next <paramref name="times"/> messages to <paramref name="recipient"/> are refused with <paramref name="code"/>.</summary>
    public void Refuse(string recipient, SmtpReplyCode code, int times = 1)
    {
        var queue = _failures.GetOrAdd(recipient, _ => new ConcurrentQueue<SmtpReplyCode>());
        for (var i = 0; i < times; i++)
        {
            queue.Enqueue(code);
        }
    }

    /// <summary>
    /// After <paramref name="accepted"/> more messages, the next one hangs in the DATA phase until
    /// <see cref="EndStall"/>: the way a sender finds the server when the sending process dies mid-conversation.
    /// </summary>
    public void StallAfter(int accepted)
    {
        _stallAfter = Received.Count + accepted;
        _stall = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _stallReached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>Completes when a message has reached the stall.</summary>
    public Task StallReached => _stallReached?.Task ?? Task.CompletedTask;

    /// <summary>Ends the stall: the hanging message is refused with 421 and never stored; later ones are accepted.</summary>
    public void EndStall()
    {
        _stallAfter = int.MaxValue;
        _stall?.TrySetResult();
    }

    public IReadOnlyList<ReceivedMail> To(string address) =>
        Received.Where(m => m.Recipients.Contains(address, StringComparer.OrdinalIgnoreCase)).ToList();

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void WaitUntilListening()
    {
        for (var i = 0; i < 200; i++)
        {
            try
            {
                using var probe = new TcpClient();
                probe.Connect(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(25);
            }
        }

        throw new InvalidOperationException($"The loopback SMTP server did not listen on port {Port}.");
    }

    private sealed class Store(LoopbackSmtpServer server) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            if (server.Received.Count >= server._stallAfter && server._stall is { } stall)
            {
                server._stallReached?.TrySetResult();
                await stall.Task.WaitAsync(cancellationToken);
                return new SmtpResponse(SmtpReplyCode.ServiceUnavailable, "Gone");
            }

            var recipients = transaction.To.Select(m => m.User + "@" + m.Host).ToList();
            foreach (var recipient in recipients)
            {
                if (server._failures.TryGetValue(recipient, out var queue) && queue.TryDequeue(out var code))
                {
                    return new SmtpResponse(code, "Planned failure");
                }
            }

            using var stream = new MemoryStream(buffer.ToArray());
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            server.Received.Enqueue(new ReceivedMail(transaction.From.User + "@" + transaction.From.Host, recipients, message));
            return SmtpResponse.Ok;
        }
    }
}

/// <summary>A message as the server received it: the envelope and the parsed MIME message.</summary>
public sealed record ReceivedMail(string EnvelopeFrom, IReadOnlyList<string> Recipients, MimeMessage Message);
