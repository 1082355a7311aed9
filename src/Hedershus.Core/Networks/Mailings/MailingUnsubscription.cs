using Hedershus.Core.Common;
using Hedershus.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Hedershus.Core.Networks.Mailings;

/// <summary>
/// One-click unsubscription (RFC 8058) by the token in a mailing message: it stops that network's mailings to the
/// address and changes nothing else (the membership stays). Doing it twice is fine; an unknown token names nothing.
/// </summary>
public sealed class MailingUnsubscription(HedershusDbContext db, NetworkCatalog networks, TimeProvider clock)
{
    /// <summary>What the token belongs to, without changing anything (what the link's page shows).</summary>
    public async Task<UnsubscribeTarget> FindAsync(string? token, CancellationToken cancellationToken)
    {
        var (networkKey, email, language) = await ByTokenAsync(token, cancellationToken);
        var done = await db.Set<MailingOptOut>().AnyAsync(o => o.NetworkKey == networkKey && o.Email == email, cancellationToken);
        return new UnsubscribeTarget(networks.Find(networkKey, language)?.Name ?? await NameAsync(networkKey, cancellationToken), language, done);
    }

    public async Task<UnsubscribeTarget> UnsubscribeAsync(string? token, CancellationToken cancellationToken)
    {
        var (networkKey, email, _) = await ByTokenAsync(token, cancellationToken);
        if (!await db.Set<MailingOptOut>().AnyAsync(o => o.NetworkKey == networkKey && o.Email == email, cancellationToken))
        {
            db.Add(new MailingOptOut { NetworkKey = networkKey, Email = email, CreatedAt = clock.GetUtcNow().UtcDateTime });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Two clicks at once: the other one wrote the same row, which is all either wanted.
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }

        return await FindAsync(token, cancellationToken);
    }

    private async Task<(Guid Network, string Email, string Language)> ByTokenAsync(string? token, CancellationToken cancellationToken)
    {
        var hash = SecretTokens.LooksValid(token) ? SecretTokens.Hash(token!) : null;
        var found = hash is null ? null : await (
            from r in db.Set<MailingRecipient>()
            join m in db.Set<Mailing>() on r.MailingId equals m.Id
            where r.UnsubscribeTokenHash == hash
            select new { m.NetworkKey, r.Email, r.Language }).FirstOrDefaultAsync(cancellationToken);
        return found is null ? throw new NotFoundException("The unsubscribe link is unknown.") : (found.NetworkKey, found.Email, found.Language);
    }

    private Task<string> NameAsync(Guid networkKey, CancellationToken cancellationToken) =>
        db.Set<Mailing>().Where(m => m.NetworkKey == networkKey).OrderByDescending(m => m.Id).Select(m => m.NetworkName).FirstAsync(cancellationToken);
}

/// <summary>The network an unsubscribe link is for, the recipient's language, and whether they are unsubscribed.</summary>
public sealed record UnsubscribeTarget(string NetworkName, string Language, bool Unsubscribed);
