using Hedershus.Core.Content.Storage;
using Hedershus.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Hedershus.Core.Content.Editing;

/// <summary>Maps a loaded node to its editor document, looking up the parent's key.</summary>
internal sealed class ContentDocumentReader(HedershusDbContext db)
{
    public async Task<ContentDocument> ReadAsync(ContentNode node, CancellationToken cancellationToken)
    {
        var parentKey = node.ParentId is { } id
            ? await db.ContentNodes.Where(n => n.Id == id).Select(n => (Guid?)n.Key).FirstAsync(cancellationToken)
            : null;
        return node.ToDocument(parentKey);
    }
}
