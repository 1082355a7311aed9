using System.Text.Json;
using Hedershus.Core.Content.DocumentTypes;
using Hedershus.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Hedershus.Core.Content.Published;

/// <summary>Reads published state from the database into snapshot records.</summary>
public sealed class PublishedContentLoader(DocumentTypeRegistry types)
{
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

        var cultures = (await culturesQuery.ToListAsync(cancellationToken)).ToLookup(c => c.NodeId);
        var result = new List<PublishedContent>(rows.Count);
        foreach (var row in rows)
        {
            var published = cultures[row.Id].ToDictionary(
                c => c.Culture,
                c => ToPublishedCulture(c.Culture, c.PublishedName!, c.PublishedSegment!, c.PublishedAt ?? row.UpdateDate, c.PublishedData!),
                StringComparer.OrdinalIgnoreCase);
            if (published.Count == 0)
            {
                continue;
            }

            result.Add(new PublishedContent
            {
                Key = row.Key,
                Id = row.Id,
                ParentKey = row.ParentKey,
                SortOrder = row.SortOrder,
                ContentType = row.ContentType,
                CreateDate = row.CreateDate,
                UpdateDate = published.Values.Max(c => c.PublishedAt),
                VariesByCulture = types.Find(row.ContentType)?.VariesByCulture ?? true,
                Cultures = published,
            });
        }

        return result;
    }

    private static PublishedCulture ToPublishedCulture(string culture, string name, string segment, DateTime publishedAt, string json)
    {
        var data = ContentData.Parse(json);
        var properties = new Dictionary<string, JsonElement>(data.Properties, StringComparer.Ordinal);
        if (data.Cultures.TryGetValue(culture, out var cultureData))
        {
            foreach (var (alias, value) in cultureData.Properties)
            {
                properties[alias] = value;
            }
        }

        return new PublishedCulture { Culture = culture, Name = name, Segment = segment, PublishedAt = publishedAt, Properties = properties };
    }
}
