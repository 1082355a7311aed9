using Hedershus.Core.Data;
using Microsoft.Extensions.Options;

namespace Hedershus.Core.Mail;

/// <summary>
/// Puts messages in the outbox as part of the caller's unit of work: <see cref="Add"/> only stages the row, so it is
/// saved, and committed, together with the business change. After the commit, call <see cref="OutboxSignal.Written"/>.
/// </summary>
public sealed class Outbox(HedershusDbContext db, IOptions<MailOptions> options, TimeProvider clock)
{
    public OutboxMessage Add(MailDraft draft)
    {
        var settings = options.Value;
        var fromAddress = draft.IsMailing ? settings.MailingFromAddress : settings.FromAddress;
        var fromName = draft.IsMailing && !string.IsNullOrWhiteSpace(settings.MailingFromName) ? settings.MailingFromName : settings.FromName;
        var now = clock.GetUtcNow().UtcDateTime;
        var message = new OutboxMessage
        {
            MessageId = MimeMessageFactory.NewMessageId(fromAddress),
            ToAddress = draft.ToAddress,
            ToName = draft.ToName,
            FromAddress = fromAddress,
            FromName = fromName,
            Subject = draft.Subject,
            HtmlBody = draft.HtmlBody,
            TextBody = draft.TextBody,
            Language = draft.Language,
            Kind = draft.Kind,
            Attachments = [.. draft.Attachments],
            ListUnsubscribe = draft.ListUnsubscribe,
            CreatedAt = now,
            NextAttemptAt = now,
        };
        db.MailOutbox.Add(message);
        return message;
    }
}
