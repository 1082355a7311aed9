using Hedershus.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Hedershus.Core.Networks.Mailings;

/// <summary>What mailings hold of an address, removed when the person is erased (the messages go with the outbox's erasure).</summary>
public static class MailingErasure
{
    /// <summary>Deletes within the caller's transaction; an unsubscribe link of the address stops working.</summary>
    public static async Task EraseAsync(HedershusDbContext db, string email, CancellationToken cancellationToken)
    {
        await db.Set<MailingRecipient>().Where(r => r.Email == email).ExecuteDeleteAsync(cancellationToken);
        await db.Set<MailingOptOut>().Where(o => o.Email == email).ExecuteDeleteAsync(cancellationToken);
        await db.Set<MailingBounce>().Where(b => b.Email == email).ExecuteDeleteAsync(cancellationToken);
    }
}
