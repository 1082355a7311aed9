namespace Hedershus.Core.Common;

/// <summary>
/// One-off background work. The job is stored durably before the call returns, so it survives a restart; the job
/// server of any node runs it.
/// </summary>
public interface IJobScheduler
{
    /// <summary>Runs <typeparamref name="TJob"/> as soon as a worker is free. Returns the job's id.</summary>
    string Enqueue<TJob>()
        where TJob : class, IBackgroundJob;

    /// <summary>Runs <typeparamref name="TJob"/> at <paramref name="runAt"/> or shortly after. Returns the job's id.</summary>
    string Schedule<TJob>(DateTimeOffset runAt)
        where TJob : class, IBackgroundJob;
}
