using Hangfire;
using Hedershus.Core.Common;

namespace Hedershus.Web.Jobs;

/// <summary><see cref="IJobScheduler"/> on Hangfire's client.</summary>
public sealed class HangfireJobScheduler(IBackgroundJobClient client) : IJobScheduler
{
    // Hangfire passes its own shutdown token wherever the job method takes a CancellationToken.
    public string Enqueue<TJob>()
        where TJob : class, IBackgroundJob =>
        client.Enqueue<TJob>(job => job.RunAsync(CancellationToken.None));

    public string Schedule<TJob>(DateTimeOffset runAt)
        where TJob : class, IBackgroundJob =>
        client.Schedule<TJob>(job => job.RunAsync(CancellationToken.None), runAt);
}
