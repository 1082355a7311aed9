using Hedershus.Core.Common;
using Hedershus.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Hedershus.Core.Networks.Mailings;

/// <summary>Past mailings of a network for its active members, each in the reader's language (else Swedish).</summary>
public sealed class MailingArchive(HedershusDbContext db, MembershipService memberships, NetworkCatalog networks)
{
    /// <summary>The sent mailings, newest first; for anyone but an active member of the network a <see cref="NotFoundException"/>.</summary>
    public async Task<ArchivedMailings> ListAsync(Guid networkKey, string email, string culture, CancellationToken cancellationToken)
    {
        if (!(await memberships.ActiveNetworksAsync(email, cancellationToken)).Contains(networkKey))
        {
            throw new NotFoundException("You are not a member of that network.");
        }

        var sent = await db.Set<Mailing>().AsNoTracking().Where(m => m.NetworkKey == networkKey && m.Status == MailingStatus.Sent)
            .OrderByDescending(m => m.SentAt).Take(200).ToListAsync(cancellationToken);
        var name = networks.Find(networkKey, culture)?.Name ?? sent.FirstOrDefault()?.NetworkName ?? "";
        return new ArchivedMailings(networkKey, name, sent.Select(m => (Mailing: m, Text: m.TextFor(culture)))
            .Select(x => new ArchivedMailing(x.Mailing.Key, x.Text.Culture, x.Text.Subject, x.Text.Body, x.Mailing.SentAt!.Value)).ToList());
    }
}

public sealed record ArchivedMailings(Guid NetworkId, string NetworkName, IReadOnlyList<ArchivedMailing> Mailings);

/// <summary>A sent mailing in one culture (<see cref="Culture"/> says which, when the reader's was missing).</summary>
public sealed record ArchivedMailing(Guid Id, string Culture, string Subject, string Body, DateTime SentAt);
