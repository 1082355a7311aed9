using Hedershus.Core.Data;
using Hedershus.Core.Members;
using Microsoft.EntityFrameworkCore;

namespace Hedershus.Core.Networks;

/// <summary>One person in a network's member directory: never the e-mail address.</summary>
public sealed record DirectoryEntry(string Name, string? Organisation, string? Municipality, string? Role);

/// <summary>
/// A network's member directory: active members whose account says they want to be listed (off until they choose it
/// on their profile). Someone who leaves, is removed or erases their account is gone from it at once, since it is read
/// from the memberships and accounts on every request.
/// </summary>
public sealed class MemberDirectory(HedershusDbContext db)
{
    public async Task<IReadOnlyList<DirectoryEntry>> ListAsync(Guid networkKey, CancellationToken cancellationToken)
    {
        var rows = await (
            from membership in db.Set<NetworkMembership>().AsNoTracking()
            join account in db.Set<Member>().AsNoTracking() on membership.Email equals account.Email
            where membership.NetworkKey == networkKey && membership.State == MembershipState.Active && account.ListedInDirectory
            select new
            {
                account.Name, JoinedAs = membership.Name, account.Organisation, JoinedFrom = membership.Organisation,
                account.Municipality, JoinedIn = membership.Municipality, account.Role, JoinedRole = membership.Role,
            }).ToListAsync(cancellationToken);

        // The profile is what the member keeps up to date; what they wrote when joining fills its gaps.
        return rows.Select(r => new DirectoryEntry(r.Name ?? r.JoinedAs, r.Organisation ?? r.JoinedFrom, r.Municipality ?? r.JoinedIn, r.Role ?? r.JoinedRole))
            .OrderBy(e => e.Name, StringComparer.OrdinalIgnoreCase).ToList();
    }
}
