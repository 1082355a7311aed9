using Hedershus.Core.Common;
using Hedershus.Core.Content.Storage;
using Hedershus.Core.Data;
using Hedershus.Core.Media;
using Microsoft.EntityFrameworkCore;

namespace Hedershus.Core.Content.Editing;

/// <summary>
/// Where a media item is used: in the current draft or in a published culture of any document, including those in
/// the recycle bin (they may be restored). A picker stores the key as "3f2a…-…" and a rich-text or link URL carries it
/// as "/media/3f2a…/file.png", so a document uses the item when its stored JSON mentions either spelling of the key,
/// at any depth of blocks.
/// </summary>
/// <remarks>
/// This scans the JSON of current versions and published cultures with a substring match (LIKE '%key%'): a full
/// scan, but only when media is deleted, which is rare, and of one version per node rather than every version.
/// It reads the database rather than the published snapshot so a usage published by another node a moment ago
/// counts too. A text that happens to contain the key also counts, which errs on the side of keeping the file.
/// </remarks>
internal sealed class ContentMediaUsageLookup(HedershusDbContext db, CultureCatalog cultures) : IMediaUsageLookup
{
    public async Task<IReadOnlyList<MediaUsage>> FindUsagesAsync(Guid mediaKey, CancellationToken cancellationToken)
    {
        var dashed = mediaKey.ToString("D");
        var plain = mediaKey.ToString("N");

        var inDrafts = await (
            from n in db.ContentNodes
            join v in db.ContentVersions on n.CurrentVersionId equals (int?)v.Id
            where v.Data.Contains(dashed) || v.Data.Contains(plain)
            select n.Id).ToListAsync(cancellationToken);
        var inPublished = await db.ContentCultures
            .Where(c => c.PublishedData != null && (c.PublishedData.Contains(dashed) || c.PublishedData.Contains(plain)))
            .Select(c => c.NodeId).Distinct().ToListAsync(cancellationToken);
        if (inDrafts.Count == 0 && inPublished.Count == 0)
        {
            return [];
        }

        var ids = inDrafts.Union(inPublished).ToList();
        var nodes = await db.ContentNodes.AsNoTracking().Include(n => n.CurrentVersion).Include(n => n.Cultures)
            .Where(n => ids.Contains(n.Id)).OrderBy(n => n.Id).ToListAsync(cancellationToken);
        return nodes.Select(n => new MediaUsage(n.Key, NameOf(n), inDrafts.Contains(n.Id), inPublished.Contains(n.Id), n.Trashed)).ToList();
    }

    /// <summary>The draft's name in the default culture, else in any culture, else the published name.</summary>
    private string NameOf(ContentNode node)
    {
        var draft = node.Data();
        if (draft.Cultures.TryGetValue(cultures.Default, out var inDefault) && inDefault.Name.Length > 0)
        {
            return inDefault.Name;
        }

        return draft.Cultures.Values.Select(c => c.Name).FirstOrDefault(n => n.Length > 0)
            ?? node.Cultures.Select(c => c.PublishedName).FirstOrDefault(n => !string.IsNullOrEmpty(n))
            ?? node.Key.ToString("D");
    }
}
