using Hangfire;
using Hedershus.Core.Common;

namespace Hedershus.Web.Jobs;

/// <summary><see cref="IRecurringJobRegistry"/> on Hangfire's recurring job manager.</summary>
public sealed class HangfireRecurringJobRegistry(IRecurringJobManager manager) : IRecurringJobRegistry
{
    public void AddOrUpdate<TJob>(string id, string cron)
        where TJob : class, IBackgroundJob =>
        manager.AddOrUpdate<TJob>(id, job => job.RunAsync(CancellationToken.None), cron, new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });

    public void Remove(string id) => manager.RemoveIfExists(id);
}
