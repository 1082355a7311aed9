using Hedershus.Core.Common;
using Hedershus.Core.Content.Published;
using Hedershus.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Hedershus.Core.Seminars.Staff;

/// <summary>
/// What staff read about seminars: fill rates, registrations, the waiting list and anonymous counts. Seminars come
/// from the published snapshot, plus any seminar that is no longer published but still has registrations.
/// </summary>
public sealed class SeminarStaffQueries(PublishedSnapshotService snapshots, SeminarCatalog catalog, HedershusDbContext db, CultureCatalog cultures)
{
    public async Task<IReadOnlyList<SeminarFill>> ListAsync(CancellationToken cancellationToken)
    {
        var published = snapshots.Current.All.Where(c => c.ContentType == Seminar.ContentType)
            .Select(c => Seminar.From(c, cultures.Default, cultures.Default)).ToDictionary(s => s.Key);
        var tallies = await TalliesAsync(db.SeminarRegistrations, cancellationToken);
        var publishedKeys = published.Keys.ToList();
        var names = await db.SeminarRegistrations.AsNoTracking().Where(r => !publishedKeys.Contains(r.SeminarKey))
            .GroupBy(r => r.SeminarKey).Select(g => new { g.Key, Name = g.Max(r => r.SeminarName), Ends = g.Max(r => r.SeminarEndsAt) })
            .ToListAsync(cancellationToken);
        var fills = published.Values.Select(s => Fill(s.Key, s.Name, s.Begins, true, s.Capacity, tallies))
            .Concat(names.Select(n => Fill(n.Key, n.Name ?? "", n.Ends, false, 0, tallies)));
        return fills.OrderBy(f => f.Begins ?? DateTime.MaxValue).ThenBy(f => f.Name, StringComparer.Ordinal).ToList();
    }

    public async Task<SeminarFill> GetAsync(Guid seminarKey, CancellationToken cancellationToken)
    {
        var tallies = await TalliesAsync(db.SeminarRegistrations.Where(r => r.SeminarKey == seminarKey), cancellationToken);
        if (catalog.Find(seminarKey, cultures.Default) is { } seminar)
        {
            return Fill(seminar.Key, seminar.Name, seminar.Begins, true, seminar.Capacity, tallies);
        }

        var name = await db.SeminarRegistrations.AsNoTracking().Where(r => r.SeminarKey == seminarKey)
            .Select(r => r.SeminarName).FirstOrDefaultAsync(cancellationToken) ?? throw UnknownSeminar(seminarKey);
        return Fill(seminarKey, name, null, false, 0, tallies);
    }

    /// <summary>Registrations in the order they came, optionally of one status.</summary>
    public async Task<IReadOnlyList<StaffRegistration>> RegistrationsAsync(Guid seminarKey, RegistrationStatus? status, CancellationToken cancellationToken)
    {
        await GetAsync(seminarKey, cancellationToken);
        var query = db.SeminarRegistrations.AsNoTracking().Where(r => r.SeminarKey == seminarKey);
        query = status is { } s ? query.Where(r => r.Status == s) : query;
        var rows = await query.OrderBy(r => r.Id).ToListAsync(cancellationToken);
        return rows.Select(StaffRegistration.From).ToList();
    }

    /// <summary>Those waiting, first in line first.</summary>
    public async Task<IReadOnlyList<StaffRegistration>> WaitingListAsync(Guid seminarKey, CancellationToken cancellationToken)
    {
        await GetAsync(seminarKey, cancellationToken);
        var rows = await db.SeminarRegistrations.AsNoTracking()
            .Where(r => r.SeminarKey == seminarKey && r.Status == RegistrationStatus.Waitlisted)
            .OrderBy(r => r.Position).ToListAsync(cancellationToken);
        return rows.Select(StaffRegistration.From).ToList();
    }

    /// <summary>Counts per municipality and organisation type; they survive anonymisation.</summary>
    public async Task<SeminarCounts> CountsAsync(Guid seminarKey, CancellationToken cancellationToken)
    {
        await GetAsync(seminarKey, cancellationToken);
        var rows = await db.SeminarRegistrations.AsNoTracking()
            .Where(r => r.SeminarKey == seminarKey && r.Status != RegistrationStatus.Cancelled)
            .Select(r => new { r.Municipality, r.OrganisationType, r.Attended }).ToListAsync(cancellationToken);
        return new SeminarCounts(
            Group(rows.Select(r => (r.Municipality, r.Attended))),
            Group(rows.Select(r => (r.OrganisationType, r.Attended))));
    }

    private static List<GroupCount> Group(IEnumerable<(string? Value, bool? Attended)> rows) =>
        rows.GroupBy(r => r.Value ?? "", StringComparer.OrdinalIgnoreCase)
            .Select(g => new GroupCount(g.Key, g.Count(), g.Count(r => r.Attended == true)))
            .OrderByDescending(g => g.Registered).ThenBy(g => g.Value, StringComparer.Ordinal).ToList();

    private static async Task<Dictionary<(Guid, RegistrationStatus), (int Count, int Attended)>> TalliesAsync(
        IQueryable<SeminarRegistration> registrations, CancellationToken cancellationToken) =>
        (await registrations.AsNoTracking().GroupBy(r => new { r.SeminarKey, r.Status })
            .Select(g => new { g.Key.SeminarKey, g.Key.Status, Count = g.Count(), Attended = g.Count(r => r.Attended == true) })
            .ToListAsync(cancellationToken))
        .ToDictionary(t => (t.SeminarKey, t.Status), t => (t.Count, t.Attended));

    private static SeminarFill Fill(Guid key, string name, DateTime? begins, bool published, int capacity,
        Dictionary<(Guid, RegistrationStatus), (int Count, int Attended)> tallies)
    {
        int Count(RegistrationStatus status) => tallies.GetValueOrDefault((key, status)).Count;
        return new SeminarFill(key, name, begins, published, capacity, Count(RegistrationStatus.Confirmed), Count(RegistrationStatus.PendingApproval),
            Count(RegistrationStatus.Offered), Count(RegistrationStatus.Waitlisted), Count(RegistrationStatus.Cancelled),
            tallies.Where(t => t.Key.Item1 == key).Sum(t => t.Value.Attended));
    }

    internal static NotFoundException UnknownSeminar(Guid key) => new($"No seminar has id {key}.");
}
