using Hedershus.Core.Common;
using Hedershus.Core.Content.Editing;
using Hedershus.Core.Translations;
using Hedershus.Web.Backoffice.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Hedershus.Web.Api.Management.Translations;

/// <summary>Translations in step with their source: status per node, confirming, and clearing native-review marks.</summary>
public static class TranslationEndpoints
{
    public static RouteGroupBuilder MapTranslationEndpoints(this RouteGroupBuilder management)
    {
        var group = management.MapGroup("/translations").RequireAuthorization(BackofficePolicies.Content).WithTags("Translations");
        group.MapGet("/status", Status).WithName("GetTranslationStatus");
        group.MapGet("/outdated", Outdated).WithName("GetOutdatedTranslations");
        group.MapGet("/needs-native-review", NeedingNativeReview).WithName("GetTranslationsNeedingNativeReview");
        group.MapPost("/{id:guid}/{culture}/confirm", Confirm).WithName("ConfirmTranslation");
        group.MapDelete("/{id:guid}/{culture}/native-review", ClearNativeReview).WithName("ClearNativeReview");
        return management;
    }

    /// <summary><c>?id=…&amp;id=…</c>: the state of every culture of each node, for a level of the tree or the editor.</summary>
    public static async Task<Ok<IReadOnlyList<NodeTranslationStatus>>> Status(
        [FromQuery] Guid[]? id, TranslationStatusReader reader, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reader.StatusAsync(id ?? [], cancellationToken));

    public static async Task<Ok<PagedResult<TranslationListItem>>> Outdated(TranslationStatusReader reader, int? skip, int? take, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reader.OutdatedAsync(Paging.Skip(skip), Paging.Take(take), cancellationToken));

    public static async Task<Ok<PagedResult<TranslationListItem>>> NeedingNativeReview(TranslationStatusReader reader, int? skip, int? take, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reader.NeedingNativeReviewAsync(Paging.Skip(skip), Paging.Take(take), cancellationToken));

    public static async Task<Ok<CultureTranslationStatus>> Confirm(Guid id, string culture, TranslationService translations, CancellationToken cancellationToken) =>
        TypedResults.Ok(await translations.ConfirmAsync(id, culture, cancellationToken));

    public static async Task<Ok<ContentDocument>> ClearNativeReview(Guid id, string culture, TranslationService translations, CancellationToken cancellationToken) =>
        TypedResults.Ok(await translations.ClearNativeReviewAsync(id, culture, cancellationToken));
}
