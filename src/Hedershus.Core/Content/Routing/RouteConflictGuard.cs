using Hedershus.Core.Common;
using Hedershus.Core.Content.DocumentTypes;
using Hedershus.Core.Content.Storage;
using Hedershus.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Hedershus.Core.Content.Routing;

/// <summary>
/// Keeps published routes unique. Siblings share their parent's route, so two routes clash exactly when two
/// published siblings have the same segment in a culture; a node that does not vary by culture has its one
/// segment in every culture. Runs inside the write transaction, after the change is saved and the publish lock
/// is held, so two concurrent publishes cannot both pass.
/// </summary>
public sealed class RouteConflictGuard(HedershusDbContext db, DocumentTypeRegistry types, CultureCatalog cultures)
{
    public async Task EnsureUniqueAsync(ContentNode node, CancellationToken cancellationToken)
    {
        var mine = PublishedSegments(node);
        if (mine.Count == 0)
        {
            return;
        }

        if (node.Level == 2 && mine.TryGetValue(cultures.Default, out var first) && cultures.IsKnown(first)
            && !string.Equals(first, cultures.Default, StringComparison.OrdinalIgnoreCase))
        {
            throw new ConflictException($"The URL segment '{first}' is also a culture code: it would hide the /{first}/ pages. Choose another segment.");
        }

        var siblings = await db.ContentNodes.AsNoTracking().Include(n => n.Cultures)
            .Where(n => n.ParentId == node.ParentId && n.Id != node.Id && !n.Trashed)
            .ToListAsync(cancellationToken);
        foreach (var sibling in siblings)
        {
            var theirs = PublishedSegments(sibling);
            foreach (var (culture, segment) in mine)
            {
                if (theirs.TryGetValue(culture, out var other) && string.Equals(other, segment, StringComparison.OrdinalIgnoreCase))
                {
                    throw new ConflictException(
                        $"Another page at this level already uses the URL segment '{segment}' in '{culture}'. Change the segment and publish again.",
                        new Dictionary<string, object?> { ["conflictingId"] = sibling.Key, ["culture"] = culture, ["segment"] = segment });
                }
            }
        }
    }

    private Dictionary<string, string> PublishedSegments(ContentNode node)
    {
        var published = node.Cultures.Where(c => c.IsPublished && c.PublishedSegment is not null).ToList();
        if (types.Find(node.ContentType)?.VariesByCulture ?? true)
        {
            return published.ToDictionary(c => c.Culture, c => c.PublishedSegment!, StringComparer.OrdinalIgnoreCase);
        }

        var only = published.FirstOrDefault(c => string.Equals(c.Culture, cultures.Default, StringComparison.OrdinalIgnoreCase)) ?? published.FirstOrDefault();
        return only is null
            ? new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
            : cultures.All.ToDictionary(c => c.Code, _ => only.PublishedSegment!, StringComparer.OrdinalIgnoreCase);
    }
}
