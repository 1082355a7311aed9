using Hedershus.Core.Common;
using Hedershus.Core.Content.DocumentTypes;
using Hedershus.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Hedershus.Core.Content.Published;

/// <summary>Reads published state from the database into snapshot records.</summary>
public sealed class PublishedContentLoader(DocumentTypeRegistry types, CultureCatalog cultureCatalog)
{
    private const int BatchSize = 256;
    private readonly PublishedPropertyReader _properties = new();

    /// <summary>Every published node, or only those with the given keys. Trashed nodes are never loaded.</summary>
    public async Task<List<PublishedContent>> LoadAsync(HedershusDbContext db, IReadOnlyCollection<Guid>? keys, CancellationToken cancellationToken)
    {
        var nodes = db.ContentNodes.AsNoTracking().Where(n => !n.Trashed);
        if (keys is not null)
        {
            nodes = nodes.Where(n => keys.Contains(n.Key));
        }

        var rows = await (
            from n in nodes
            join p in db.ContentNodes on n.ParentId equals p.Id into parents
            from p in parents.DefaultIfEmpty()
            select new { n.Id, n.Key, ParentKey = (Guid?)p.Key, n.SortOrder, n.ContentType, n.CreateDate, n.UpdateDate })
            .ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return [];
        }

        var ids = rows.Select(r => r.Id).ToList();
        var culturesQuery = db.ContentCultures.AsNoTracking().Where(c => c.PublishedData != null);
        if (keys is not null)
        {
            culturesQuery = culturesQuery.Where(c => ids.Contains(c.NodeId));
        }

        // Streamed in batches, so each row's JSON text is garbage soon rather than all of it held until the end; one
        // batch is parsed on another thread while the next is read, so reading and parsing share the cores.
        var cultures = new Dictionary<int, Dictionary<string, PublishedCulture>>(rows.Count);
        var updated = rows.ToDictionary(r => r.Id, r => r.UpdateDate);
        var batch = new List<StoredCulture>(BatchSize);
        var parsing = Task.CompletedTask;
        await foreach (var c in culturesQuery.Select(c => new StoredCulture(c.NodeId, c.Culture, c.PublishedName!, c.PublishedSegment!, c.PublishedAt, c.PublishedData!))
            .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            batch.Add(c);
            if (batch.Count == BatchSize)
            {
                await parsing;
                var full = batch;
                parsing = Task.Run(() => AddParsed(full, updated, cultures), cancellationToken);
                batch = new List<StoredCulture>(BatchSize);
            }
        }

        await parsing;
        AddParsed(batch, updated, cultures);

        var result = new List<PublishedContent>(rows.Count);
        foreach (var row in rows)
        {
            if (!cultures.TryGetValue(row.Id, out var published))
            {
                continue;
            }

            result.Add(new PublishedContent
            {
                Key = row.Key,
                Id = row.Id,
                ParentKey = row.ParentKey,
                SortOrder = row.SortOrder,
                ContentType = types.Find(row.ContentType)?.Alias ?? row.ContentType, // one shared string per type
                CreateDate = row.CreateDate,
                UpdateDate = published.Values.Max(c => c.PublishedAt),
                VariesByCulture = types.Find(row.ContentType)?.VariesByCulture ?? true,
                Cultures = published,
            });
        }

        return result;
    }

    // Called for one batch at a time, so the dictionaries are never written by two threads at once.
    private void AddParsed(List<StoredCulture> batch, Dictionary<int, DateTime> updated, Dictionary<int, Dictionary<string, PublishedCulture>> cultures)
    {
        foreach (var c in batch)
        {
            if (!updated.TryGetValue(c.NodeId, out var nodeUpdated))
            {
                continue; // a trashed node's culture row
            }

            if (!cultures.TryGetValue(c.NodeId, out var forNode))
            {
                cultures[c.NodeId] = forNode = new Dictionary<string, PublishedCulture>(StringComparer.OrdinalIgnoreCase);
            }

            forNode[c.Culture] = ToPublishedCulture(c.Culture, c.Name, c.Segment, c.PublishedAt ?? nodeUpdated, c.Json);
        }
    }

    private PublishedCulture ToPublishedCulture(string culture, string name, string segment, DateTime publishedAt, string json)
    {
        var code = cultureCatalog.Normalize(culture) ?? culture;
        return new PublishedCulture { Culture = code, Name = name, Segment = segment, PublishedAt = publishedAt, Properties = _properties.Read(json, code) };
    }

    private sealed record StoredCulture(int NodeId, string Culture, string Name, string Segment, DateTime? PublishedAt, string Json);
}
