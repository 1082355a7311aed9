namespace Hedershus.Web.Jobs;

/// <summary>The "Jobs" section: whether this node runs background jobs, and how.</summary>
public sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>Run a Hangfire job server on this node. Nodes that only serve requests (and tests) set false.</summary>
    public bool RunServer { get; set; } = true;

    /// <summary>Jobs this node runs at the same time. Small: jobs are I/O-bound and the database is shared.</summary>
    public int WorkerCount { get; set; } = 2;

    /// <summary>How often an idle worker looks for new jobs in storage.</summary>
    public TimeSpan QueuePollInterval { get; set; } = TimeSpan.FromSeconds(5);
}
