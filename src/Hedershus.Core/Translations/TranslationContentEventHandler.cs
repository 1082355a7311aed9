using Hedershus.Core.Audit;
using Hedershus.Core.Common;
using Hedershus.Core.Content;
using Hedershus.Core.Content.Editing;
using Hedershus.Core.Content.Events;
using Hedershus.Core.Data;
using Hedershus.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Hedershus.Core.Translations;

/// <summary>
/// Keeps <see cref="TranslationStatus"/> in step with content changes: a new version mirrors each culture's
/// native-review mark (only editors may clear it); publishing changed default-culture text marks the other cultures
/// outdated; publishing an updated translation clears its mark.
/// </summary>
public sealed class TranslationContentEventHandler(
    HedershusDbContext db, CultureCatalog cultures, ICurrentActor actors, IAuditLog audit, TimeProvider clock) : IContentEventHandler
{
    public async Task HandleAsync(IReadOnlyList<ContentEvent> events, CancellationToken cancellationToken)
    {
        // A translation published in the same change as its source is in step with it, whatever order the cultures came in.
        foreach (var contentEvent in events.OrderBy(e => e.Action == ContentEventKind.Published && !IsDefault(e.Culture) ? 1 : 0))
        {
            if (contentEvent.DraftAfter is { } draft)
            {
                await MirrorNativeReviewAsync(contentEvent, draft, cancellationToken);
            }
            else if (contentEvent is { Action: ContentEventKind.Published, Culture: { } culture, PublishedAfter: { } published })
            {
                await PublishedAsync(contentEvent, culture, published, cancellationToken);
            }
        }
    }

    private async Task MirrorNativeReviewAsync(ContentEvent contentEvent, ContentData draft, CancellationToken cancellationToken)
    {
        var rows = await RowsAsync(contentEvent.NodeId, cancellationToken);
        foreach (var culture in draft.Cultures.Keys.Concat(rows.Keys).Distinct(StringComparer.OrdinalIgnoreCase).ToList())
        {
            var wasSet = NativeReviewMark.IsSet(contentEvent.DraftBefore?.Cultures.GetValueOrDefault(culture));
            var isSet = NativeReviewMark.IsSet(draft.Cultures.GetValueOrDefault(culture));
            if (wasSet && !isSet && draft.Cultures.ContainsKey(culture) && !TranslationPermissions.MayClearNativeReview(actors.Current))
            {
                throw new ForbiddenException($"Only an editor may clear '{NativeReviewMark.Alias}' of '{culture}'.");
            }

            if (!draft.Cultures.ContainsKey(culture))
            {
                db.TranslationStatuses.Remove(rows[culture]);
                continue;
            }

            var row = Row(rows, contentEvent.NodeId, culture);
            row.NeedsNativeReviewSince = isSet ? row.NeedsNativeReviewSince ?? clock.GetUtcNow().UtcDateTime : null;
            row.NeedsNativeReview = isSet;
            if (wasSet && !isSet)
            {
                audit.Add(new AuditRecord(AuditActions.NativeReviewCleared) { NodeKey = contentEvent.NodeKey, Culture = culture });
            }
        }
    }

    private async Task PublishedAsync(ContentEvent contentEvent, string culture, ContentData published, CancellationToken cancellationToken)
    {
        var textChanged = NativeReviewMark.Text(contentEvent.PublishedBefore?.Cultures.GetValueOrDefault(culture)) !=
                          NativeReviewMark.Text(published.Cultures.GetValueOrDefault(culture));
        var rows = await RowsAsync(contentEvent.NodeId, cancellationToken);
        if (!IsDefault(culture))
        {
            // An update of the translation, or its first publication, brings it in step; republishing it unchanged does not.
            if (textChanged && rows.TryGetValue(culture, out var own))
            {
                own.OutdatedSince = null;
            }

            return;
        }

        if (contentEvent.PublishedBefore is null || !textChanged)
        {
            return;
        }

        var node = await db.ContentNodes.Include(n => n.CurrentVersion).FirstAsync(n => n.Id == contentEvent.NodeId, cancellationToken);
        foreach (var translation in node.Data().Cultures.Keys.Where(c => !string.Equals(c, culture, StringComparison.OrdinalIgnoreCase)))
        {
            var row = Row(rows, node.Id, translation);
            if (row.OutdatedSince is null)
            {
                row.OutdatedSince = clock.GetUtcNow().UtcDateTime;
                audit.Add(new AuditRecord(AuditActions.TranslationMarkedOutdated) { NodeKey = node.Key, Culture = translation });
            }
        }
    }

    private bool IsDefault(string? culture) => string.Equals(culture, cultures.Default, StringComparison.OrdinalIgnoreCase);

    private async Task<Dictionary<string, TranslationStatus>> RowsAsync(int nodeId, CancellationToken cancellationToken)
    {
        var tracked = db.TranslationStatuses.Local.Where(s => s.NodeId == nodeId).ToList();
        var stored = await db.TranslationStatuses.Where(s => s.NodeId == nodeId).ToListAsync(cancellationToken);
        return tracked.Concat(stored).Distinct().ToDictionary(s => s.Culture, StringComparer.OrdinalIgnoreCase);
    }

    private TranslationStatus Row(Dictionary<string, TranslationStatus> rows, int nodeId, string culture)
    {
        if (!rows.TryGetValue(culture, out var row))
        {
            row = new TranslationStatus { NodeId = nodeId, Culture = culture };
            db.TranslationStatuses.Add(row);
            rows[culture] = row;
        }

        return row;
    }
}
