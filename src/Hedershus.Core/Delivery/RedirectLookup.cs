using Hedershus.Core.Content.Routing;
using Hedershus.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hedershus.Core.Delivery;

/// <summary>
/// Finds where a route that no longer exists went: the 301 redirects the content engine records when a
/// published route changes. Only asked after a path was not found, so it stays off the hot path.
/// </summary>
public sealed class RedirectLookup(IServiceScopeFactory scopes, ContentPathResolver paths)
{
    public async Task<RouteMatch?> FindAsync(DeliveryContext context, string? path, CancellationToken cancellationToken)
    {
        var route = ContentRoutes.Normalize(path);
        if (route is null)
        {
            return null;
        }

        if (context.Preview)
        {
            return await QueryAsync(context, route, cancellationToken);
        }

        var index = DeliveryIndex.For(context.Snapshot);
        var key = context.Root?.Key + "\n" + context.Culture + "\n" + route;
        if (!index.TryGetRedirect(key, out var match))
        {
            match = await QueryAsync(context, route, cancellationToken);
            index.AddRedirect(key, match);
        }

        return match;
    }

    private async Task<RouteMatch?> QueryAsync(DeliveryContext context, string route, CancellationToken cancellationToken)
    {
        var candidates = paths.Candidates(context, route).ToList();
        var routes = candidates.Select(c => c.Route).Distinct().ToList();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HedershusDbContext>();
        var rootKey = context.Root?.Key;
        var entries = await db.Redirects.AsNoTracking().Where(r => r.RootKey == rootKey && routes.Contains(r.Route)).ToListAsync(cancellationToken);
        foreach (var candidate in candidates)
        {
            var entry = entries.FirstOrDefault(e => string.Equals(e.Culture, candidate.Culture, StringComparison.OrdinalIgnoreCase) && e.Route == candidate.Route);
            if (entry is not null && context.Snapshot.Find(entry.NodeKey) is { } target)
            {
                return new RouteMatch(target, candidate.ServeIn);
            }
        }

        return null;
    }
}
