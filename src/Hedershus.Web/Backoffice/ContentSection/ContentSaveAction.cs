using Hedershus.Core.Common;
using Hedershus.Core.Content.DocumentTypes;
using Hedershus.Core.Content.Editing;
using Hedershus.Web.Backoffice.Components;
using Hedershus.Web.Backoffice.Shell;

namespace Hedershus.Web.Backoffice.ContentSection;

/// <summary>
/// Saving the node form: a new draft version in one culture (and the shared values in the default culture). Errors
/// come back beside their fields with what was typed; a save over someone else's newer save shows both versions.
/// </summary>
public static class ContentSaveAction
{
    public static async Task<IResult> SaveAsync(
        Guid id, HttpContext http, string? culture, string? source, ContentService content, ContentEditor editor, BackofficeShellFactory shells, CancellationToken cancellationToken)
    {
        var form = await http.Request.ReadFormAsync(cancellationToken);
        var document = await content.GetAsync(id, cancellationToken);
        var type = editor.Types.Find(document.ContentType) ?? throw new ConflictException($"The document type '{document.ContentType}' no longer exists.");
        var code = type.VariesByCulture ? editor.Culture(culture) : editor.Culture(null);
        var sharedEditable = !type.VariesByCulture || code == editor.Culture(null);
        var (values, request) = editor.ReadPost(form, type, code, sharedEditable);
        var shell = await shells.CreateAsync(http, "content");
        if (form.ContainsKey("addBlock"))
        {
            // Adding a block without JavaScript: the form comes back with one more (empty) block; nothing is saved yet.
            return await RenderAsync(shell, editor, id, code, source, new EditOverrides(Values: values), StatusCodes.Status200OK, cancellationToken);
        }

        try
        {
            await content.UpdateAsync(id, request, http.Author(), cancellationToken);
            var sourceQuery = source is null ? "" : $"&source={Uri.EscapeDataString(source)}";
            return TypedResults.LocalRedirect($"/umbraco/content/{id}?culture={code}{sourceQuery}&notice=saved");
        }
        catch (InputValidationException e)
        {
            var overrides = new EditOverrides(values, shell.T.Refusals(e.Errors), shell.T["SaveRefused"], NoticeIsError: true);
            return await RenderAsync(shell, editor, id, code, source, overrides, StatusCodes.Status400BadRequest, cancellationToken);
        }
        catch (ConflictException e)
        {
            var current = await content.GetAsync(id, cancellationToken);
            var conflict = new ConflictView(
                e.Details.TryGetValue("conflictVersionId", out var version) && version is int v ? v : null,
                ConflictRows(shell.T, editor.Types, type, ContentEditor.Saved(current, code), values));
            var overrides = new EditOverrides(values, null, e.Details.ContainsKey("conflictVersionId") ? shell.T["SaveConflict"] : shell.T.Refusal(e.Message), NoticeIsError: true, conflict);
            return await RenderAsync(shell, editor, id, code, source, overrides, StatusCodes.Status409Conflict, cancellationToken);
        }
    }

    private static async Task<IResult> RenderAsync(
        BackofficeShell shell, ContentEditor editor, Guid id, string culture, string? source, EditOverrides overrides, int status, CancellationToken cancellationToken) =>
        BackofficePages.Render<ContentEditPage>(shell, await editor.EditAsync(shell.T, id, culture, source, overrides, cancellationToken), status);

    /// <summary>Every value where the saved draft and the editor's differ, as words.</summary>
    private static List<ConflictRow> ConflictRows(BackofficeText text, DocumentTypeRegistry types, DocumentType type, EditValues theirs, EditValues mine)
    {
        var rows = new List<ConflictRow>();
        if (theirs.Name != mine.Name)
        {
            rows.Add(new ConflictRow(text["Name"], theirs.Name, mine.Name));
        }

        foreach (var property in type.Properties)
        {
            var varies = type.VariesByCulture && property.VariesByCulture;
            if (!varies && !mine.Shared.ContainsKey(property.Alias))
            {
                continue;
            }

            var their = ContentValueText.Of(property, PropertyFieldValues.Get(varies ? theirs.Variant : theirs.Shared, property.Alias), types);
            var my = ContentValueText.Of(property, PropertyFieldValues.Get(varies ? mine.Variant : mine.Shared, property.Alias), types);
            if (their != my)
            {
                rows.Add(new ConflictRow(text.Pick(property.Names, property.Alias), their, my));
            }
        }

        return rows;
    }
}
