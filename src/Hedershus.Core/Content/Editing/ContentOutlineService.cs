using Hedershus.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Hedershus.Core.Content.Editing;

/// <summary>
/// Every node outside the recycle bin in one query, in tree order: what editors pick from (content pickers, move
/// targets). The tree itself loads children lazily through <see cref="ContentService.ChildrenAsync"/>.
/// </summary>
public sealed class ContentOutlineService(HedershusDbContext db)
{
    public async Task<IReadOnlyList<ContentOutlineItem>> ListAsync(CancellationToken cancellationToken)
    {
        var nodes = await db.ContentNodes.AsNoTracking().Where(n => !n.Trashed).Include(n => n.CurrentVersion)
            .Select(n => new { n.Id, n.Key, n.ParentId, n.Level, n.Path, n.SortOrder, n.ContentType, Data = n.CurrentVersion == null ? null : n.CurrentVersion.Data })
            .ToListAsync(cancellationToken);
        var keys = nodes.ToDictionary(n => n.Id, n => n.Key);
        var order = nodes.ToDictionary(n => n.Id, n => n.SortOrder);
        return nodes
            .OrderBy(n => string.Join(',', n.Path.Split(',').Select(id => order.GetValueOrDefault(int.Parse(id, System.Globalization.CultureInfo.InvariantCulture)).ToString("D6", System.Globalization.CultureInfo.InvariantCulture) + id)), StringComparer.Ordinal)
            .Select(n => new ContentOutlineItem(
                n.Key,
                n.ParentId is int p ? keys.GetValueOrDefault(p) : null,
                n.Level,
                n.ContentType,
                n.Data is null ? [] : ContentData.Parse(n.Data).Cultures.ToDictionary(c => c.Key, c => c.Value.Name, StringComparer.OrdinalIgnoreCase)))
            .ToList();
    }
}

/// <summary>A node in the outline: where it sits and its name per culture.</summary>
public sealed record ContentOutlineItem(Guid Key, Guid? ParentKey, int Level, string ContentType, IReadOnlyDictionary<string, string> Names);
