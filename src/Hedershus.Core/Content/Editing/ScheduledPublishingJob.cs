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
        var done = 0;
        if (publish && await TryAsync(key, culture, "publish", () => publishing.PublishAsync(key, [culture], cancellationToken), cancellationToken))
        {
            done++;
        }

        if (unpublish && await TryAsync(key, culture, "unpublish", () => publishing.UnpublishAsync(key, [culture], cancellationToken), cancellationToken))
        {
            done++;
        }

        return done;
    }

    /// <summary>
    /// Runs one scheduled action. When it cannot be done (the page fails validation, was deleted, or the database
    /// refused), only that action's schedule is cleared, so the job neither retries it forever nor drops the other.
    /// </summary>
    private async Task<bool> TryAsync(Guid key, string culture, string action, Func<Task> run, CancellationToken cancellationToken)
    {
        try
        {
            db.ChangeTracker.Clear();
            await run();
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning("Scheduled {Action} of node {Key} in {Culture} failed ({Reason}); the schedule is cleared", action, key, culture, e.GetType().Name);
            db.ChangeTracker.Clear();
            var states = db.ContentCultures.Where(c => c.Culture == culture && db.ContentNodes.Any(n => n.Id == c.NodeId && n.Key == key));
            await (action == "publish"
                ? states.ExecuteUpdateAsync(s => s.SetProperty(c => c.PublishAt, (DateTime?)null), cancellationToken)
                : states.ExecuteUpdateAsync(s => s.SetProperty(c => c.UnpublishAt, (DateTime?)null), cancellationToken));
            return false;
        }
    }
}
