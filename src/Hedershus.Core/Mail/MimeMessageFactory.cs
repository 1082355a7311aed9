using MimeKit;

namespace Hedershus.Core.Mail;

/// <summary>Turns an outbox row into the MIME message that goes on the wire: multipart/alternative text + HTML, then attachments.</summary>
public static class MimeMessageFactory
{
    public static MimeMessage Create(OutboxMessage row)
    {
        var message = new MimeMessage { MessageId = row.MessageId, Subject = row.Subject, Date = new DateTimeOffset(row.CreatedAt, TimeSpan.Zero) };
        message.From.Add(new MailboxAddress(row.FromName ?? "", row.FromAddress));
        message.To.Add(new MailboxAddress(row.ToName ?? "", row.ToAddress));

        // Tells auto-responders and mail loops that nobody typed this message.
        message.Headers.Add("Auto-Submitted", "auto-generated");
        if (!string.IsNullOrEmpty(row.ListUnsubscribe))
        {
            // RFC 8058: the receiving provider may unsubscribe with one POST to the https address, without a person.
            message.Headers.Add("List-Unsubscribe", row.ListUnsubscribe);
            message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }

        var body = new BodyBuilder { TextBody = row.TextBody, HtmlBody = row.HtmlBody };
        foreach (var attachment in row.Attachments)
        {
            body.Attachments.Add(attachment.FileName, attachment.Content, ContentType.Parse(attachment.ContentType));
        }

        message.Body = body.ToMessageBody();

        // Content-* headers belong to the top-level entity in MimeKit's model, not to the message.
        message.Body.Headers.Add(HeaderId.ContentLanguage, row.Language);
        return message;
    }

    /// <summary>A new globally unique Message-Id in the sender's domain.</summary>
    public static string NewMessageId(string fromAddress)
    {
        var at = fromAddress.LastIndexOf('@');
        var domain = at >= 0 && at < fromAddress.Length - 1 ? fromAddress[(at + 1)..] : "hedershus.local";
        return $"{Guid.NewGuid():N}@{domain}";
    }
}
