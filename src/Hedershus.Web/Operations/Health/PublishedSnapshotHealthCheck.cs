using Hedershus.Core.Content.Published;
using Hedershus.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hedershus.Web.Operations.Health;

/// <summary>
/// Healthy when this node's published snapshot is built and keeps up with the change journal. Reports the
/// number of published nodes and how many journal rows it is behind.
/// </summary>
public sealed class PublishedSnapshotHealthCheck(PublishedSnapshotService snapshots, HedershusDbContext db) : IHealthCheck
{
    /// <summary>More rows behind than this means the follower is stuck, not merely busy.</summary>
    public const int MaxLag = 1000;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken)
    {
        if (snapshots.BuiltAt is null)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "The published snapshot has not been built.");
        }

        var snapshot = snapshots.Current;
        var head = await db.ChangeJournal.MaxAsync(e => (long?)e.Id, cancellationToken) ?? 0;
        var lag = Math.Max(0, head - snapshot.Position);
        var data = new Dictionary<string, object> { ["nodes"] = snapshot.Count, ["position"] = snapshot.Position, ["behind"] = lag };
        return lag > MaxLag
            ? new HealthCheckResult(context.Registration.FailureStatus, $"The snapshot is {lag} journal rows behind.", data: data)
            : HealthCheckResult.Healthy($"{snapshot.Count} published nodes; {lag} journal rows behind.", data);
    }
}
