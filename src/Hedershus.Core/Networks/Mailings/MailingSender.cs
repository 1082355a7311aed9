using Hedershus.Core.Common;
using Hedershus.Core.Data;
using Hedershus.Core.Mail;
using Hedershus.Core.Members;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hedershus.Core.Networks.Mailings;

/// <summary>
/// Sends a mailing: one outbox message per active member, written in batches of <see cref="MailingOptions.BatchSize"/>,
/// each batch with its recipient rows in one transaction. A send that fails half-way leaves the mailing "sending" with
/// the batches already written; sending again writes only the members not yet written, so nobody gets it twice.
/// Members who unsubscribed from the network's mailings and addresses stopped for bounces are left out.
/// </summary>
public sealed class MailingSender(
    HedershusDbContext db, Outbox outbox, OutboxSignal outboxSignal, MailingMessages messages, NetworkCatalog networks, NetworkAccess access,
    IOptions<MailingOptions> options, TimeProvider clock, ILogger<MailingSender> logger)
{
    /// <summary>Sends the draft (or finishes a send that stopped half-way); a sent mailing is a conflict.</summary>
    public async Task SendAsync(Guid key, CancellationToken cancellationToken)
    {
        var mailing = await db.Set<Mailing>().AsNoTracking().SingleOrDefaultAsync(m => m.Key == key, cancellationToken)
            ?? throw new NotFoundException($"No mailing has id {key}.");
        _ = access.Require(mailing.NetworkKey);
        if (mailing.Status == MailingStatus.Sent)
        {
            throw new ConflictException("The mailing has been sent.", new Dictionary<string, object?> { ["reason"] = "alreadySent" });
        }

        if (!messages.CanUnsubscribeByHttps)
        {
            throw new ConflictException("Mailings need the site's https address (Members:SiteUrl) for their unsubscribe link.",
                new Dictionary<string, object?> { ["reason"] = "siteNotHttps" });
        }

        _ = networks.Find(mailing.NetworkKey, MailingInput.RequiredCulture) ?? throw new NotFoundException("The network is no longer published.");
        await MarkSendingAsync(mailing, cancellationToken);
        int written;
        while ((written = await WriteBatchAsync(mailing, cancellationToken)) > 0)
        {
            logger.LogInformation("Mailing {Mailing}: {Count} messages written to the outbox", mailing.Key, written);
        }

        var recipients = await db.Set<MailingRecipient>().CountAsync(r => r.MailingId == mailing.Id, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Set<Mailing>().Where(m => m.Id == mailing.Id).ExecuteUpdateAsync(
            s => s.SetProperty(m => m.Status, MailingStatus.Sent).SetProperty(m => m.SentAt, now).SetProperty(m => m.RecipientCount, recipients),
            cancellationToken);
    }

    private async Task MarkSendingAsync(Mailing mailing, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Set<Mailing>().Where(m => m.Id == mailing.Id && m.Status == MailingStatus.Draft).ExecuteUpdateAsync(
            s => s.SetProperty(m => m.Status, MailingStatus.Sending).SetProperty(m => m.SendStartedAt, now), cancellationToken);
    }

    /// <summary>Writes the next batch of members not yet written; returns how many (0 when everyone has it).</summary>
    private async Task<int> WriteBatchAsync(Mailing mailing, CancellationToken cancellationToken)
    {
        var batch = await NextRecipientsAsync(mailing, cancellationToken);
        if (batch.Count == 0)
        {
            return 0;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var names = new Dictionary<string, string>();
        foreach (var (email, language) in batch)
        {
            var token = SecretTokens.New();
            // The language of the text they get, so the unsubscribe page speaks it too.
            var culture = mailing.TextFor(language).Culture;
            var recipient = new MailingRecipient { MailingId = mailing.Id, Email = email, Language = culture, UnsubscribeTokenHash = SecretTokens.Hash(token), CreatedAt = now };
            var name = names.TryGetValue(culture, out var known) ? known
                : names[culture] = networks.Find(mailing.NetworkKey, culture)?.Name ?? mailing.NetworkName;
            recipient.MessageId = outbox.Add(messages.Build(mailing, name, recipient, token)).MessageId;
            db.Add(recipient);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            throw new ConflictException("The mailing is being sent by another request.", new Dictionary<string, object?> { ["reason"] = "sending" });
        }
        finally
        {
            db.ChangeTracker.Clear();
        }

        outboxSignal.Written();
        return batch.Count;
    }

    /// <summary>Active members not yet written, not unsubscribed and not stopped, in their preferred language (account, else membership).</summary>
    private async Task<List<(string Email, string Language)>> NextRecipientsAsync(Mailing mailing, CancellationToken cancellationToken)
    {
        var rows = await db.Set<NetworkMembership>().AsNoTracking()
            .Where(m => m.NetworkKey == mailing.NetworkKey && m.State == MembershipState.Active)
            .Where(m => !db.Set<MailingRecipient>().Any(r => r.MailingId == mailing.Id && r.Email == m.Email))
            .Where(m => !db.Set<MailingOptOut>().Any(o => o.NetworkKey == mailing.NetworkKey && o.Email == m.Email))
            .Where(m => !db.Set<MailingBounce>().Any(b => b.Email == m.Email && b.StoppedAt != null))
            .OrderBy(m => m.Email).Take(options.Value.BatchSize)
            .Select(m => new { m.Email, m.Language, Preferred = db.Set<Member>().Where(a => a.Email == m.Email).Select(a => a.Language).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        return rows.Select(r => (r.Email, r.Preferred ?? r.Language)).ToList();
    }
}
