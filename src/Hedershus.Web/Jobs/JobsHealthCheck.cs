using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Hedershus.Web.Jobs;

/// <summary>
/// Healthy when Hangfire's storage answers. A node with <c>Jobs:RunServer=false</c> runs no jobs but still enqueues
/// them, so its storage is checked too and "not running" is reported as healthy.
/// </summary>
public sealed class JobsHealthCheck(JobStorage storage, IOptions<JobsOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken)
    {
        try
        {
            var servers = storage.GetMonitoringApi().Servers().Count;
            var description = options.Value.RunServer
                ? $"Job storage reachable; {servers} job server(s) registered."
                : "Job storage reachable; the job server is not running on this node (Jobs:RunServer=false).";
            return Task.FromResult(HealthCheckResult.Healthy(description));
        }
        catch (Exception)
        {
            // The exception text may name hosts or users of the database; /health is public, so it stays out.
            return Task.FromResult(new HealthCheckResult(context.Registration.FailureStatus, "Job storage is not reachable."));
        }
    }
}
