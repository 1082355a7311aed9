using Hedershus.Core.Common;
using Hedershus.Core.Data;
using Hedershus.Core.Networks;
using Hedershus.Core.Networks.Mailings;
using Hedershus.Core.Seminars;
using Microsoft.EntityFrameworkCore;

namespace Hedershus.Core.Members;

/// <summary>A signed-in member's own account: profile, their seminar registrations and networks, and erasure.</summary>
public sealed class MemberAccountService(HedershusDbContext db, RegistrationErasure registrations, SeminarCatalog seminars, CultureCatalog cultures)
{
    public Task<Member?> FindAsync(Guid key, CancellationToken cancellationToken) =>
        db.Set<Member>().AsNoTracking().SingleOrDefaultAsync(m => m.Key == key, cancellationToken);

    public async Task<Member> UpdateProfileAsync(Guid key, MemberProfile profile, CancellationToken cancellationToken)
    {
        profile.Check();
        var member = await db.Set<Member>().SingleOrDefaultAsync(m => m.Key == key, cancellationToken) ?? throw new NotFoundException("No such member.");
        member.Name = Blank(profile.Name);
        member.Organisation = Blank(profile.Organisation);
        member.OrganisationType = Blank(profile.OrganisationType)?.ToLowerInvariant();
        member.Municipality = Blank(profile.Municipality);
        member.Role = Blank(profile.Role);
        member.Language = cultures.Normalize(profile.Language) ?? member.Language;
        member.ListedInDirectory = profile.ListedInDirectory ?? member.ListedInDirectory;
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return member;
    }

    /// <summary>Seminar registrations made with the member's address (the address is what registration knows people by).</summary>
    public async Task<IReadOnlyList<MemberRegistration>> RegistrationsAsync(string email, string culture, CancellationToken cancellationToken)
    {
        var rows = await db.SeminarRegistrations.AsNoTracking().Where(r => r.Email == email)
            .OrderByDescending(r => r.CreatedAt).Select(r => new { r.Key, r.SeminarKey, r.SeminarName, r.Status, r.Position })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new MemberRegistration(r.Key, r.SeminarKey, seminars.Find(r.SeminarKey, culture)?.Name ?? r.SeminarName,
            r.Status, r.Position, seminars.Find(r.SeminarKey, culture)?.Begins)).ToList();
    }

    /// <summary>
    /// Erases the member everywhere: seminar registrations and mail (as the seminars' own erasure does), then
    /// memberships, open sign-in codes, mailing recipients, unsubscriptions and bounce counts, and the account itself in one transaction. If the second step fails the
    /// account is still there, so the person can simply ask again.
    /// </summary>
    public async Task DeleteAsync(Guid key, CancellationToken cancellationToken)
    {
        var member = await FindAsync(key, cancellationToken) ?? throw new NotFoundException("No such member.");
        await registrations.EraseAsync(member.Email, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Set<NetworkMembership>().Where(m => m.Email == member.Email).ExecuteDeleteAsync(cancellationToken);
        await db.Set<MemberSignInCode>().Where(c => c.Email == member.Email).ExecuteDeleteAsync(cancellationToken);
        await MailingErasure.EraseAsync(db, member.Email, cancellationToken);
        await db.Set<Member>().Where(m => m.Key == key).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
