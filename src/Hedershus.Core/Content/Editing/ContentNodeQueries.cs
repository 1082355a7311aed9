using Hedershus.Core.Common;
using Hedershus.Core.Content.Storage;
using Hedershus.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Hedershus.Core.Content.Editing;

/// <summary>Loading nodes for editing.</summary>
internal static class ContentNodeQueries
{
    /// <summary>The node with its current version and culture states, tracked; 404 when missing.</summary>
    public static async Task<ContentNode> GetNodeAsync(this HedershusDbContext db, Guid key, CancellationToken cancellationToken) =>
        await db.ContentNodes.Include(n => n.CurrentVersion).Include(n => n.Cultures).FirstOrDefaultAsync(n => n.Key == key, cancellationToken)
        ?? throw new NotFoundException($"There is no content node with id {key}.");

    /// <summary>The node and every node below it, tracked, with culture states.</summary>
    public static Task<List<ContentNode>> GetSubtreeAsync(this HedershusDbContext db, ContentNode node, CancellationToken cancellationToken)
    {
        var prefix = node.Path + ",";
        return db.ContentNodes.Include(n => n.Cultures).Include(n => n.CurrentVersion)
            .Where(n => n.Id == node.Id || n.Path.StartsWith(prefix))
            .OrderBy(n => n.Level).ThenBy(n => n.SortOrder)
            .ToListAsync(cancellationToken);
    }

    public static ContentData Data(this ContentNode node) =>
        node.CurrentVersion is { } version ? ContentData.Parse(version.Data) : new ContentData();

    public static async Task<int> NextSortOrderAsync(this HedershusDbContext db, int? parentId, CancellationToken cancellationToken) =>
        (await db.ContentNodes.Where(n => n.ParentId == parentId && !n.Trashed).MaxAsync(n => (int?)n.SortOrder, cancellationToken) ?? -1) + 1;

    public static ContentCultureState CultureState(this ContentNode node, string culture)
    {
        var state = node.Cultures.FirstOrDefault(c => string.Equals(c.Culture, culture, StringComparison.OrdinalIgnoreCase));
        if (state is null)
        {
            state = new ContentCultureState { NodeId = node.Id, Culture = culture };
            node.Cultures.Add(state);
        }

        return state;
    }
}
