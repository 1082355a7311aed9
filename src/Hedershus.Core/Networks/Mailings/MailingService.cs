using Hedershus.Core.Common;
using Hedershus.Core.Data;
using Hedershus.Core.Identity;
using Hedershus.Core.Mail;
using Microsoft.EntityFrameworkCore;

namespace Hedershus.Core.Networks.Mailings;

/// <summary>Coordinators' mailings: write and change a draft, delete it, list a network's mailings with delivery counts.</summary>
public sealed class MailingService(HedershusDbContext db, NetworkAccess access, CultureCatalog cultures, ICurrentActor actor, TimeProvider clock)
{
    public async Task<MailingView> CreateAsync(Guid networkKey, MailingInput? input, CancellationToken cancellationToken)
    {
        var network = access.Require(networkKey);
        var texts = (input ?? new MailingInput(null)).Check(cultures);
        var now = clock.GetUtcNow().UtcDateTime;
        var mailing = new Mailing
        {
            Key = Guid.NewGuid(), NetworkKey = networkKey, NetworkName = network.Name, Texts = texts, Status = MailingStatus.Draft,
            CreatedBy = actor.Current.Name, CreatedAt = now, UpdatedAt = now,
        };
        db.Add(mailing);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return View(mailing, new MailingCounts(0, 0, 0));
    }

    public async Task<MailingView> UpdateAsync(Guid key, MailingInput? input, CancellationToken cancellationToken)
    {
        var mailing = await DraftAsync(key, cancellationToken);
        mailing.Texts = (input ?? new MailingInput(null)).Check(cultures);
        mailing.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return View(mailing, new MailingCounts(0, 0, 0));
    }

    public async Task DeleteAsync(Guid key, CancellationToken cancellationToken)
    {
        db.Remove(await DraftAsync(key, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    public async Task<MailingView> GetAsync(Guid key, CancellationToken cancellationToken)
    {
        var mailing = await db.Set<Mailing>().AsNoTracking().SingleOrDefaultAsync(m => m.Key == key, cancellationToken)
            ?? throw new NotFoundException($"No mailing has id {key}.");
        _ = access.Require(mailing.NetworkKey);
        return View(mailing, (await CountsAsync([mailing.Id], cancellationToken)).GetValueOrDefault(mailing.Id) ?? new MailingCounts(0, 0, 0));
    }

    /// <summary>A network's mailings, newest first; an unknown network is a <see cref="NotFoundException"/>.</summary>
    public async Task<IReadOnlyList<MailingView>> ListAsync(Guid networkKey, CancellationToken cancellationToken)
    {
        _ = access.Require(networkKey);
        var mailings = await db.Set<Mailing>().AsNoTracking().Where(m => m.NetworkKey == networkKey)
            .OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id).Take(500).ToListAsync(cancellationToken);
        var counts = await CountsAsync(mailings.Select(m => m.Id).ToList(), cancellationToken);
        return mailings.Select(m => View(m, counts.GetValueOrDefault(m.Id) ?? new MailingCounts(0, 0, 0))).ToList();
    }

    private async Task<Dictionary<long, MailingCounts>> CountsAsync(List<long> ids, CancellationToken cancellationToken)
    {
        var rows = await (from r in db.Set<MailingRecipient>()
                          join m in db.MailOutbox on r.MessageId equals m.MessageId
                          where ids.Contains(r.MailingId)
                          group m by new { r.MailingId, m.Status } into g
                          select new { g.Key.MailingId, g.Key.Status, Count = g.Count() }).ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.MailingId).ToDictionary(g => g.Key, g => new MailingCounts(
            g.Where(r => r.Status is OutboxStatus.Pending or OutboxStatus.Sending).Sum(r => r.Count),
            g.Where(r => r.Status == OutboxStatus.Sent).Sum(r => r.Count),
            g.Where(r => r.Status == OutboxStatus.Failed).Sum(r => r.Count)));
    }

    private async Task<Mailing> DraftAsync(Guid key, CancellationToken cancellationToken)
    {
        var mailing = await db.Set<Mailing>().SingleOrDefaultAsync(m => m.Key == key, cancellationToken)
            ?? throw new NotFoundException($"No mailing has id {key}.");
        _ = access.Require(mailing.NetworkKey);
        return mailing.Status == MailingStatus.Draft ? mailing
            : throw new ConflictException("Only a draft can be changed or deleted.", new Dictionary<string, object?> { ["reason"] = "notDraft" });
    }

    internal static MailingView View(Mailing m, MailingCounts counts) =>
        new(m.Key, m.NetworkKey, m.NetworkName, m.Status, m.Texts, m.CreatedBy, m.CreatedAt, m.SentAt, m.RecipientCount, counts);
}
