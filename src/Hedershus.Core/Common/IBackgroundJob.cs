namespace Hedershus.Core.Common;

/// <summary>
/// A unit of background work that a feature hands to <see cref="IJobScheduler"/> or <see cref="IRecurringJobRegistry"/>.
/// The job is created from dependency injection for each run, in a scope of its own. Runs may repeat (a retry
/// after a crash, two nodes racing), so a job must be idempotent: running it twice changes nothing the second time.
/// </summary>
public interface IBackgroundJob
{
    /// <summary>Does the work; <paramref name="cancellationToken"/> fires when the node shuts down.</summary>
    Task RunAsync(CancellationToken cancellationToken);
}
