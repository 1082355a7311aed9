using Hedershus.Core.Common;
using Hedershus.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Hedershus.Core.Content.Editing;

/// <summary>
/// Publishes and unpublishes cultures whose scheduled time has come. Runs every minute; running it twice
/// changes nothing the second time (a done schedule is cleared).
/// </summary>
public sealed class ScheduledPublishingJob(HedershusDbContext db, PublishingService publishing, TimeProvider clock, ILogger<ScheduledPublishingJob> logger)
    : IBackgroundJob
{
    public const string RecurringId = "content-scheduled-publishing";

    /// <summary>Every minute: schedules are set to the minute in the editor.</summary>
    public const string Cron = "* * * * *";

    public Task RunAsync(CancellationToken cancellationToken) => RunDueAsync(cancellationToken);

    /// <summary>Publishes and unpublishes what is due; returns how many schedules were carried out.</summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.ContentCultures.AsNoTracking()
            .Where(c => c.PublishAt <= now || c.UnpublishAt <= now)
            .Join(db.ContentNodes, c => c.NodeId, n => n.Id, (c, n) => new { n.Key, c.Culture, c.PublishAt, c.UnpublishAt })
            .ToListAsync(cancellationToken);
        var done = 0;
        foreach (var item in due)
        {
            done += await RunOneAsync(item.Key, item.Culture, item.PublishAt <= now, item.UnpublishAt <= now, cancellationToken);
        }

        return done;
    }

    private async Task<int> RunOneAsync(Guid key, string culture, bool publish, bool unpublish, CancellationToken cancellationToken)
    {
        try
        {
            db.ChangeTracker.Clear();
            if (publish)
            {
                await publishing.PublishAsync(key, [culture], cancellationToken);
            }

            if (unpublish)
            {
                await publishing.UnpublishAsync(key, [culture], cancellationToken);
            }

            return 1;
        }
        catch (Exception e) when (e is InputValidationException or ConflictException or NotFoundException)
        {
            // The page cannot be published as it stands; clear the schedule so the job does not retry forever.
            logger.LogWarning("Scheduled {Action} of node {Key} in {Culture} failed: {Reason}", publish ? "publish" : "unpublish", key, culture, e.Message);
            db.ChangeTracker.Clear();
            await db.ContentCultures.Where(c => c.Culture == culture && db.ContentNodes.Any(n => n.Id == c.NodeId && n.Key == key))
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.PublishAt, (DateTime?)null).SetProperty(c => c.UnpublishAt, (DateTime?)null), cancellationToken);
            return 0;
        }
    }
}
