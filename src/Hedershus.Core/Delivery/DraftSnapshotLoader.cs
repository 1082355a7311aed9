using System.Text.Json;
using Hedershus.Core.Common;
using Hedershus.Core.Content;
using Hedershus.Core.Content.DocumentTypes;
using Hedershus.Core.Content.Published;
using Hedershus.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hedershus.Core.Delivery;

/// <summary>
/// Builds a snapshot of the current drafts from the database for preview, so drafts and never-published
/// nodes are read, routed and queried exactly like published content. Built per preview request: drafts
/// change with every save and preview is for editors, not for traffic.
/// </summary>
public sealed class DraftSnapshotLoader(IServiceScopeFactory scopes, DocumentTypeRegistry types, CultureCatalog cultures)
{
    private readonly PublishedSnapshotBuilder _builder = new(cultures.All.Select(c => c.Code).ToList(), cultures.Default);

    public async Task<PublishedSnapshot> LoadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HedershusDbContext>();
        var rows = await (
            from n in db.ContentNodes.AsNoTracking().Where(n => !n.Trashed)
            join p in db.ContentNodes on n.ParentId equals p.Id into parents
            from p in parents.DefaultIfEmpty()
            join v in db.ContentVersions on n.CurrentVersionId equals (int?)v.Id
            select new { n.Id, n.Key, ParentKey = (Guid?)p.Key, n.SortOrder, n.ContentType, n.CreateDate, n.UpdateDate, v.Data })
            .ToListAsync(cancellationToken);

        var nodes = new Dictionary<Guid, PublishedContent>(rows.Count);
        foreach (var row in rows)
        {
            var data = ContentData.Parse(row.Data);
            if (data.Cultures.Count == 0)
            {
                continue;
            }

            nodes[row.Key] = new PublishedContent
            {
                Key = row.Key,
                Id = row.Id,
                ParentKey = row.ParentKey,
                SortOrder = row.SortOrder,
                ContentType = row.ContentType,
                CreateDate = row.CreateDate,
                UpdateDate = row.UpdateDate,
                VariesByCulture = types.Find(row.ContentType)?.VariesByCulture ?? true,
                Cultures = data.Cultures.ToDictionary(
                    c => c.Key,
                    c => DraftCulture(c.Key, c.Value, data.Properties, row.UpdateDate),
                    StringComparer.OrdinalIgnoreCase),
            };
        }

        return _builder.Build(0, nodes);
    }

    private static PublishedCulture DraftCulture(string culture, CultureData draft, Dictionary<string, JsonElement> invariant, DateTime savedAt)
    {
        var properties = new Dictionary<string, JsonElement>(invariant, StringComparer.Ordinal);
        foreach (var (alias, value) in draft.Properties)
        {
            properties[alias] = value;
        }

        return new PublishedCulture { Culture = culture, Name = draft.Name, Segment = draft.Segment, PublishedAt = savedAt, Properties = properties };
    }
}
