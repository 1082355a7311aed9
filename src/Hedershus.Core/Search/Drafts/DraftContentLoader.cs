using System.Text.Json;
using Hedershus.Core.Content;
using Hedershus.Core.Content.DocumentTypes;
using Hedershus.Core.Content.Published;
using Hedershus.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Hedershus.Core.Search.Drafts;

/// <summary>Reads the current drafts of nodes, shaped like published content so the same reader indexes them.</summary>
public sealed class DraftContentLoader(DocumentTypeRegistry types)
{
    /// <summary>The current version and the place in the tree of every node outside the trash, by key.</summary>
    public static async Task<Dictionary<Guid, DraftState>> CurrentStatesAsync(HedershusDbContext db, CancellationToken cancellationToken)
    {
        var nodes = await db.ContentNodes.AsNoTracking()
            .Select(n => new { n.Id, n.Key, n.Path, n.Trashed, n.CurrentVersionId })
            .ToListAsync(cancellationToken);
        var keys = nodes.ToDictionary(n => n.Id, n => n.Key.ToString("D"));
        return nodes.Where(n => !n.Trashed && n.CurrentVersionId != null).ToDictionary(
            n => n.Key,
            n => new DraftState(n.CurrentVersionId!.Value, string.Join('/', AncestorIds(n.Path).Select(id => keys.GetValueOrDefault(id)).OfType<string>())));
    }

    /// <summary>The ids of a node's path ("12,40,41": root first, the node last).</summary>
    private static IEnumerable<int> AncestorIds(string path) =>
        path.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(p => int.TryParse(p, out var id) ? id : 0).Where(id => id > 0);

    public async Task<List<(PublishedContent Node, int Version)>> LoadAsync(HedershusDbContext db, IReadOnlyCollection<Guid> keys, CancellationToken cancellationToken)
    {
        var rows = await (
            from n in db.ContentNodes.AsNoTracking().Where(n => keys.Contains(n.Key) && !n.Trashed)
            join v in db.ContentVersions on n.CurrentVersionId equals (int?)v.Id
            select new { n.Id, n.Key, n.ContentType, n.CreateDate, n.UpdateDate, VersionId = v.Id, v.Data })
            .ToListAsync(cancellationToken);

        return [.. rows.Select(row => (ToContent(row.Id, row.Key, row.ContentType, row.CreateDate, row.UpdateDate, ContentData.Parse(row.Data)), row.VersionId))];
    }

    private PublishedContent ToContent(int id, Guid key, string contentType, DateTime created, DateTime updated, ContentData data) => new()
    {
        Key = key,
        Id = id,
        ContentType = contentType,
        CreateDate = created,
        UpdateDate = updated,
        VariesByCulture = types.Find(contentType)?.VariesByCulture ?? true,
        Cultures = data.Cultures.ToDictionary(c => c.Key, c => Culture(c.Key, c.Value, data.Properties, updated), StringComparer.OrdinalIgnoreCase),
    };

    private static PublishedCulture Culture(string culture, CultureData draft, Dictionary<string, JsonElement> invariant, DateTime savedAt)
    {
        var properties = new Dictionary<string, JsonElement>(invariant, StringComparer.Ordinal);
        foreach (var (alias, value) in draft.Properties)
        {
            properties[alias] = value;
        }

        return new PublishedCulture { Culture = culture, Name = draft.Name, Segment = draft.Segment, PublishedAt = savedAt, Properties = properties };
    }
}
