using Hedershus.Core.Common;
using Hedershus.Core.Translations;
using Hedershus.Web.Backoffice.Shell;

namespace Hedershus.Web.Backoffice.ContentSection;

/// <summary>Translations in step, from the node page: confirm an outdated translation, clear the native-review mark.</summary>
public static class TranslationActionEndpoints
{
    public static void MapTranslationActions(this RouteGroupBuilder content)
    {
        content.MapPost("/{id:guid}/translation/confirm", ConfirmAsync).WithName("BackofficeTranslationConfirm");
        content.MapPost("/{id:guid}/translation/native-review/clear", ClearNativeReviewAsync).WithName("BackofficeNativeReviewClear");
    }

    private static Task<IResult> ConfirmAsync(Guid id, string? culture, HttpContext http, TranslationService translations, ContentEditor editor,
        BackofficeShellFactory shells, CancellationToken cancellationToken) =>
        ActAsync(http, id, editor.Culture(culture), "confirmed", editor, shells, code => translations.ConfirmAsync(id, code, cancellationToken), cancellationToken);

    private static Task<IResult> ClearNativeReviewAsync(Guid id, string? culture, HttpContext http, TranslationService translations, ContentEditor editor,
        BackofficeShellFactory shells, CancellationToken cancellationToken) =>
        ActAsync(http, id, editor.Culture(culture), "nativecleared", editor, shells, code => translations.ClearNativeReviewAsync(id, code, cancellationToken), cancellationToken);

    private static async Task<IResult> ActAsync(HttpContext http, Guid id, string culture, string notice, ContentEditor editor, BackofficeShellFactory shells,
        Func<string, Task> action, CancellationToken cancellationToken)
    {
        try
        {
            await action(culture);
            return TypedResults.LocalRedirect($"/umbraco/content/{id}?culture={culture}&notice={notice}");
        }
        catch (Exception e) when (e is InputValidationException or ConflictException)
        {
            return await ContentActionEndpoints.RefusedAsync(http, id, culture, e, editor, shells, cancellationToken);
        }
    }
}
