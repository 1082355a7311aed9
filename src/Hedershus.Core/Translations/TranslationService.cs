using Hedershus.Core.Audit;
using Hedershus.Core.Common;
using Hedershus.Core.Content.Editing;
using Hedershus.Core.Data;
using Hedershus.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Hedershus.Core.Translations;

/// <summary>Outdated translations and native-review marks: what a translator confirms and an editor clears.</summary>
public sealed class TranslationService(
    HedershusDbContext db, CultureCatalog cultures, ContentService content, ICurrentActor actors, IAuditLog audit)
{
    /// <summary>A translator says the translation is still correct for the changed source: the outdated mark goes.</summary>
    public async Task<CultureTranslationStatus> ConfirmAsync(Guid key, string culture, CancellationToken cancellationToken)
    {
        if (!TranslationPermissions.MayConfirm(actors.Current))
        {
            throw new ForbiddenException("Only translators and editors may confirm a translation.");
        }

        var (node, code) = await FindAsync(key, culture, cancellationToken);
        var row = await db.TranslationStatuses.FirstOrDefaultAsync(s => s.NodeId == node.Id && s.Culture == code, cancellationToken);
        if (row?.OutdatedSince is null)
        {
            throw new ConflictException($"The '{code}' translation is not marked outdated.");
        }

        row.OutdatedSince = null;
        audit.Add(new AuditRecord(AuditActions.TranslationConfirmed) { NodeKey = key, Culture = code });
        await db.SaveChangesAsync(cancellationToken);
        return new CultureTranslationStatus(false, null, row.NeedsNativeReview, null);
    }

    /// <summary>
    /// An editor who reviewed the text as a native speaker clears its mark: a new draft version without it.
    /// Like any save, it is published with the culture's next publication.
    /// </summary>
    public async Task<ContentDocument> ClearNativeReviewAsync(Guid key, string culture, CancellationToken cancellationToken)
    {
        var actor = actors.Current;
        if (!TranslationPermissions.MayClearNativeReview(actor))
        {
            throw new ForbiddenException("Only an editor may clear the native-review mark.");
        }

        var (node, code) = await FindAsync(key, culture, cancellationToken);
        var draft = node.Data().Cultures[code];
        if (!NativeReviewMark.IsSet(draft))
        {
            throw new ConflictException($"The '{code}' draft is not marked for native review.");
        }

        var properties = draft.Properties.Where(p => p.Key != NativeReviewMark.Alias).ToDictionary();
        properties[NativeReviewMark.Alias] = System.Text.Json.JsonSerializer.SerializeToElement(false);
        var request = new UpdateContentRequest
        {
            Revision = node.Revision,
            Cultures = new() { [code] = new CultureInput { Name = draft.Name, Segment = draft.Segment, Properties = properties } },
        };
        return await content.UpdateAsync(key, request, actor.Name, cancellationToken);
    }

    private async Task<(Content.Storage.ContentNode Node, string Culture)> FindAsync(Guid key, string culture, CancellationToken cancellationToken)
    {
        var code = cultures.Normalize(culture) ?? throw new InputValidationException("culture", $"'{culture}' is not a culture of this site.");
        var node = await db.GetNodeAsync(key, cancellationToken);
        if (!node.Data().Cultures.ContainsKey(code))
        {
            throw new NotFoundException($"Node {key} has no '{code}' draft.");
        }

        return (node, code);
    }
}
