using Hedershus.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hedershus.Web.Operations.Health;

/// <summary>Healthy when the database answers and every migration of this build has been applied.</summary>
public sealed class DatabaseHealthCheck(HedershusDbContext db, DatabaseDescription database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken)
    {
        try
        {
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return new HealthCheckResult(context.Registration.FailureStatus, $"The {database.Provider} database cannot be reached.");
            }

            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
            return pending == 0
                ? HealthCheckResult.Healthy($"{database.Provider} database reachable; schema up to date.")
                : new HealthCheckResult(context.Registration.FailureStatus, $"{pending} migration(s) not applied.");
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // The exception text may name hosts or users of the database; /health is public, so it stays out.
            return new HealthCheckResult(context.Registration.FailureStatus, $"The {database.Provider} database cannot be reached.");
        }
    }
}
