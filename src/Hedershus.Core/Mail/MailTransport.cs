using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using Hedershus.Core.Common;

namespace Hedershus.Core.Mail;

/// <summary>
/// Hands messages to the SMTP server of <see cref="MailOptions"/>, keeping one connection for a run of the outbox;
/// without a host, writes them as .eml files to the pickup folder. One instance per delivery run.
/// </summary>
public sealed class MailTransport(IOptions<MailOptions> options, HedershusPaths paths) : IAsyncDisposable
{
    private readonly MailOptions _options = options.Value;
    private SmtpClient? _client;
    private bool _pickupFolderExists;

    /// <summary>
    /// Whether sending a message again leaves one copy: the pickup folder replaces the file named by the Message-Id;
    /// an SMTP server delivers a repeat as a second message.
    /// </summary>
    public bool IsIdempotent => _options.UsesPickupFolder;

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        if (_options.UsesPickupFolder)
        {
            await WriteToPickupAsync(message, cancellationToken);
            return;
        }

        try
        {
            var client = await ConnectedClientAsync(cancellationToken);
            await client.SendAsync(message, cancellationToken);
        }
        catch (SmtpCommandException e)
        {
            var code = (int)e.StatusCode;
            throw new MailDeliveryException($"SMTP {code} ({e.StatusCode})", permanent: code is >= 500 and < 600, e);
        }
        catch (Exception e) when (e is SmtpProtocolException or IOException or SocketException or ServiceNotConnectedException
                                      or AuthenticationException or TimeoutException)
        {
            DropConnection();
            throw new MailDeliveryException(e.GetType().Name, permanent: false, e);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_client is { IsConnected: true })
        {
            try
            {
                await _client.DisconnectAsync(quit: true);
            }
            catch (Exception e) when (e is IOException or SocketException or SmtpProtocolException)
            {
                // The messages are handed over already; a rude goodbye changes nothing.
            }
        }

        _client?.Dispose();
    }

    private async Task<SmtpClient> ConnectedClientAsync(CancellationToken cancellationToken)
    {
        if (_client is { IsConnected: true })
        {
            return _client;
        }

        _client?.Dispose();
        _client = new SmtpClient { Timeout = (int)_options.SmtpTimeout.TotalMilliseconds };
        var security = _options.StartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None;
        await _client.ConnectAsync(_options.Host!, _options.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(_options.User))
        {
            await _client.AuthenticateAsync(_options.User, _options.Password ?? "", cancellationToken);
        }

        return _client;
    }

    private void DropConnection()
    {
        _client?.Dispose();
        _client = null;
    }

    /// <summary>
    /// The file is named by the Message-Id and replaced atomically, so writing the same message twice leaves one file.
    /// The message is formatted in memory and written with one call: MimeKit writing straight to an async file stream
    /// makes many small writes, each a trip through the thread pool, which cost more than the rest of the delivery.
    /// </summary>
    private async Task WriteToPickupAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        if (!_pickupFolderExists)
        {
            Directory.CreateDirectory(paths.MailPickupPath);
            _pickupFolderExists = true;
        }

        var name = string.Concat((message.MessageId ?? Guid.NewGuid().ToString("N")).Select(c => char.IsLetterOrDigit(c) || c is '.' or '-' ? c : '_'));
        var target = Path.Combine(paths.MailPickupPath, name + ".eml");
        var temporary = target + ".tmp";
        using var formatted = new MemoryStream();
        await message.WriteToAsync(formatted, cancellationToken);
        await File.WriteAllBytesAsync(temporary, formatted.GetBuffer().AsMemory(0, (int)formatted.Length), cancellationToken);
        File.Move(temporary, target, overwrite: true);
    }
}
