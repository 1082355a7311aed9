namespace Hedershus.Core.Common;

/// <summary>
/// Recurring background work, e.g. scheduled publishing or reminders. Registering the same id again replaces the
/// schedule, so features can register their jobs on every start.
/// </summary>
public interface IRecurringJobRegistry
{
    /// <summary>Runs <typeparamref name="TJob"/> on the cron schedule <paramref name="cron"/> (UTC), e.g. "*/5 * * * *".</summary>
    void AddOrUpdate<TJob>(string id, string cron)
        where TJob : class, IBackgroundJob;

    /// <summary>Stops the recurring job <paramref name="id"/>; unknown ids are ignored.</summary>
    void Remove(string id);
}
