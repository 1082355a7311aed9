using Hedershus.Core.Common;
using Hedershus.Core.Content.Editing;
using Hedershus.Core.Content.Import;
using Hedershus.Core.Content.Published;
using Hedershus.Core.Data;
using Hedershus.Core.Identity;
using Hedershus.Core.Media;
using Hedershus.Core.Mail;
using Hedershus.Core.Seminars;

namespace Hedershus.Web.Operations;

/// <summary>What must be ready before the first request: the schema, the first administrator, the published and media snapshots, the seed.</summary>
public static class StartupTasks
{
    public static async Task<FirstAdministratorResult> PrepareAsync(this WebApplication app, bool importSeed = true)
    {
        var stopping = app.Lifetime.ApplicationStopping;
        await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(stopping);

        // Independent of each other, so they share the cores (SQLite's calls complete synchronously: Task.Run, not just async).
        var firstAdministrator = Task.Run(() => app.Services.GetRequiredService<FirstAdministratorSeeder>().EnsureAsync(stopping), stopping);
        var media = Task.Run(() => app.Services.GetRequiredService<MediaSnapshotService>().RefreshAsync(stopping), stopping);
        await app.Services.GetRequiredService<PublishedSnapshotService>().RebuildAsync(stopping);
        await media;
        app.Services.GetRequiredService<IRecurringJobRegistry>()
            .AddOrUpdate<ScheduledPublishingJob>(ScheduledPublishingJob.RecurringId, ScheduledPublishingJob.Cron);
        app.Services.GetRequiredService<IRecurringJobRegistry>().AddOrUpdate<OutboxDeliveryJob>(OutboxDeliveryJob.RecurringId, OutboxDeliveryJob.Cron);
        app.Services.AddSeminarRecurringJobs();
        if (importSeed)
        {
            await app.Services.GetRequiredService<ImportService>().ImportSeedIfEmptyAsync(stopping);
        }

        app.Services.GetRequiredService<MemoryCompactor>().Compact("start-up");

        return await firstAdministrator;
    }

    private static void AddSeminarRecurringJobs(this IServiceProvider services)
    {
        var jobs = services.GetRequiredService<IRecurringJobRegistry>();
        jobs.AddOrUpdate<SeminarChangesJob>(SeminarChangesJob.RecurringId, SeminarChangesJob.Cron);
        jobs.AddOrUpdate<SeminarFollowUpJob>(SeminarFollowUpJob.RecurringId, SeminarFollowUpJob.Cron);
        jobs.AddOrUpdate<SeminarRetentionJob>(SeminarRetentionJob.RecurringId, SeminarRetentionJob.Cron);
    }
}
