using Hedershus.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hedershus.Core.Search.Rebuild;

/// <summary>Records and reads requests for a cluster-wide rebuild of the published index.</summary>
public sealed class SearchRebuildRequests(IServiceScopeFactory scopes, TimeProvider time)
{
    /// <summary>Records a request; every node rebuilds its index at its next look (<see cref="SearchOptions.RebuildPollMilliseconds"/>).</summary>
    /// <returns>The request's id.</returns>
    public async Task<long> RequestAsync(string? requestedBy, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HedershusDbContext>();
        var request = new SearchRebuildRequest { RequestedAt = time.GetUtcNow().UtcDateTime, RequestedBy = requestedBy?[..Math.Min(requestedBy.Length, 200)] };
        db.SearchRebuildRequests.Add(request);
        await db.SaveChangesAsync(cancellationToken);
        return request.Id;
    }

    /// <summary>The id of the latest request, or 0 when none was ever made.</summary>
    public async Task<long> LatestAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HedershusDbContext>();
        return await db.SearchRebuildRequests.MaxAsync(r => (long?)r.Id, cancellationToken) ?? 0;
    }
}
