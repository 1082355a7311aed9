using Hedershus.Core.Common;

namespace Hedershus.Tests.Jobs;

/// <summary>Counts the runs of <see cref="RecordingJob"/> in one host (a singleton of that host's container).</summary>
public sealed class JobRecorder
{
    public SemaphoreSlim Runs { get; } = new(0);
}

/// <summary>A job whose constructor needs the host's services, to prove jobs are created from the host's container.</summary>
public sealed class RecordingJob(JobRecorder recorder) : IBackgroundJob
{
    public Task RunAsync(CancellationToken cancellationToken)
    {
        recorder.Runs.Release();
        return Task.CompletedTask;
    }
}

public sealed class NoopJob : IBackgroundJob
{
    public Task RunAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
