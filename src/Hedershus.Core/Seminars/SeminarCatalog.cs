using Hedershus.Core.Common;
using Hedershus.Core.Content.Published;
using Hedershus.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Hedershus.Core.Seminars;

/// <summary>Published seminars with their seats left: the text from the published snapshot, the counts from the database.</summary>
public sealed class SeminarCatalog(PublishedSnapshotService snapshots, HedershusDbContext db, CultureCatalog cultures, TimeProvider clock)
{
    /// <summary>Statuses that occupy a seat: approval-pending and open offers count against capacity.</summary>
    public static readonly RegistrationStatus[] HoldingSeat = [RegistrationStatus.Confirmed, RegistrationStatus.PendingApproval, RegistrationStatus.Offered];

    public Seminar? Find(Guid key, string culture) =>
        snapshots.Current.Find(key) is { ContentType: Seminar.ContentType } content ? Read(content, culture) : null;

    public async Task<SeminarListing> GetAsync(Guid key, string culture, CancellationToken cancellationToken)
    {
        var seminar = Find(key, culture) ?? throw new NotFoundException($"No published seminar has id {key}.");
        var taken = await SeatsTakenAsync([key], cancellationToken);
        return Listing(seminar, taken.GetValueOrDefault(key));
    }

    /// <summary>Published seminars in start order, filtered by the query.</summary>
    public async Task<IReadOnlyList<SeminarListing>> ListAsync(SeminarQuery query, CancellationToken cancellationToken)
    {
        var seminars = snapshots.Current.All
            .Where(c => c.ContentType == Seminar.ContentType)
            .Select(c => Read(c, query.Culture))
            .Where(query.Matches)
            .OrderBy(s => s.Begins ?? DateTime.MaxValue).ThenBy(s => s.Name, StringComparer.Ordinal)
            .ToList();
        var taken = await SeatsTakenAsync(seminars.Select(s => s.Key).ToList(), cancellationToken);
        return seminars.Select(s => Listing(s, taken.GetValueOrDefault(s.Key))).ToList();
    }

    /// <summary>
    /// The seminar in the first culture of <paramref name="culture"/>'s fallback chain it is published in, then the
    /// default culture: the same text the public site shows, so the form's questions are the ones answers are checked against.
    /// </summary>
    private Seminar Read(PublishedContent content, string culture) =>
        Seminar.From(content, cultures.WithFallbacks(culture).FirstOrDefault(content.Cultures.ContainsKey) ?? culture, cultures.Default);

    private SeminarListing Listing(Seminar seminar, int taken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var closes = new[] { seminar.RegistrationCloses, seminar.Begins }.Where(d => d is not null).Min();
        var open = seminar.Capacity > 0 && seminar.Eligibility != "networkMembers"
            && (seminar.RegistrationOpens is not { } opens || now >= opens) && (closes is not { } end || now < end);
        return new SeminarListing(seminar, Math.Max(0, seminar.Capacity - taken), open);
    }

    private async Task<Dictionary<Guid, int>> SeatsTakenAsync(List<Guid> keys, CancellationToken cancellationToken) =>
        await db.SeminarRegistrations.AsNoTracking()
            .Where(r => keys.Contains(r.SeminarKey) && HoldingSeat.Contains(r.Status))
            .GroupBy(r => r.SeminarKey)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
}

/// <summary>A seminar with what the calendar shows about registration.</summary>
public sealed record SeminarListing(Seminar Seminar, int SeatsLeft, bool RegistrationOpen);
