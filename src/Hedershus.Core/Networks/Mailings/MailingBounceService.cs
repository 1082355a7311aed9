using System.Globalization;
using Hedershus.Core.Audit;
using Hedershus.Core.Common;
using Hedershus.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Hedershus.Core.Networks.Mailings;

/// <summary>
/// Coordinators' view of addresses that stopped receiving mailings after permanent delivery failures, and clearing one
/// so mailings resume. The stop is per address (one mailbox), so a coordinator sees and clears only addresses of the
/// active members of a network they manage (<see cref="NetworkAccess"/>); clearing is written to the audit log.
/// </summary>
public sealed class MailingBounceService(HedershusDbContext db, NetworkAccess access, IAuditLog audit)
{
    /// <summary>The network's active members whose address gets no mailings any more, most recently stopped first.</summary>
    public async Task<IReadOnlyList<StoppedAddress>> ListAsync(Guid networkKey, CancellationToken cancellationToken)
    {
        access.Require(networkKey);
        return await (from b in db.Set<MailingBounce>().AsNoTracking()
                      join m in db.NetworkMemberships.AsNoTracking() on b.Email equals m.Email
                      where b.StoppedAt != null && m.NetworkKey == networkKey && m.State == MembershipState.Active
                      orderby b.StoppedAt descending, b.Id
                      select new StoppedAddress(b.Id, b.Email, m.Name, b.ConsecutiveFailures, b.LastFailureAt, b.StoppedAt!.Value))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Forgets the address's failures, so the next mailing goes to it again. Unknown, not stopped or not an active
    /// member of the network: a <see cref="NotFoundException"/>, so no coordinator learns about other networks' addresses.
    /// </summary>
    public async Task ClearAsync(Guid networkKey, long bounceId, CancellationToken cancellationToken)
    {
        access.Require(networkKey);
        var bounce = await db.Set<MailingBounce>()
            .Where(b => b.Id == bounceId && b.StoppedAt != null
                && db.NetworkMemberships.Any(m => m.Email == b.Email && m.NetworkKey == networkKey && m.State == MembershipState.Active))
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException($"No stopped address {bounceId} among the network's members.");
        db.Remove(bounce);
        // Who cleared which stop for which network; the address itself stays out of the log.
        audit.Add(new AuditRecord(AuditActions.MailingBounceCleared) { NodeKey = networkKey, Target = $"bounce {bounce.Id}",
            Detail = string.Create(CultureInfo.InvariantCulture, $"{bounce.ConsecutiveFailures} permanent failures, stopped {bounce.StoppedAt:yyyy-MM-dd}") });
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }
}

/// <summary>An address that gets no mailings, with the member's name as the network knows it.</summary>
public sealed record StoppedAddress(long Id, string Email, string Name, int Failures, DateTime LastFailureAt, DateTime StoppedAt);
