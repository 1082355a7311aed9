using Hedershus.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hedershus.Core.Search.Indexing;

/// <summary>Reads which nodes the change journal names in a range, so an index that was closed can catch up.</summary>
public sealed class PublishedJournalReader(IServiceScopeFactory scopes)
{
    public async Task<IReadOnlyList<Guid>> ChangedKeysAsync(long after, long upTo, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HedershusDbContext>();
        return await db.ChangeJournal.AsNoTracking()
            .Where(e => e.Id > after && e.Id <= upTo)
            .Select(e => e.NodeKey)
            .Distinct()
            .ToListAsync(cancellationToken);
    }
}
