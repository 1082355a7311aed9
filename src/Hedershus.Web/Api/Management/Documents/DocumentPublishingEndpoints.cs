using Hedershus.Core.Content.Editing;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hedershus.Web.Api.Management.Documents;

/// <summary>Publish, unpublish, schedule, versions and rollback.</summary>
public static class DocumentPublishingEndpoints
{
    public static RouteGroupBuilder MapDocumentPublishingEndpoints(this RouteGroupBuilder documents)
    {
        documents.MapPost("/{id:guid}/publish", Publish).WithName("PublishDocument");
        documents.MapPost("/{id:guid}/unpublish", Unpublish).WithName("UnpublishDocument");
        documents.MapPut("/{id:guid}/schedule", Schedule).WithName("ScheduleDocument");
        documents.MapGet("/{id:guid}/versions", Versions).WithName("GetDocumentVersions");
        documents.MapGet("/{id:guid}/versions/{versionId:int}", Version).WithName("GetDocumentVersion");
        documents.MapPost("/{id:guid}/versions/{versionId:int}/rollback", Rollback).WithName("RollbackDocument");
        return documents;
    }

    public static async Task<Ok<ContentDocument>> Publish(Guid id, CulturesRequest? request, PublishingService publishing, CancellationToken cancellationToken) =>
        TypedResults.Ok(await publishing.PublishAsync(id, request?.Cultures, cancellationToken));

    public static async Task<Ok<ContentDocument>> Unpublish(Guid id, CulturesRequest? request, PublishingService publishing, CancellationToken cancellationToken) =>
        TypedResults.Ok(await publishing.UnpublishAsync(id, request?.Cultures, cancellationToken));

    public static async Task<Ok<ContentDocument>> Schedule(Guid id, ScheduleRequest request, ContentScheduleService schedules, CancellationToken cancellationToken) =>
        TypedResults.Ok(await schedules.ScheduleAsync(id, request.Culture, request.PublishAt, request.UnpublishAt, cancellationToken));

    public static async Task<Ok<IReadOnlyList<ContentVersionSummary>>> Versions(Guid id, ContentVersionService versions, CancellationToken cancellationToken) =>
        TypedResults.Ok(await versions.ListAsync(id, cancellationToken));

    public static async Task<Ok<ContentVersionDetail>> Version(Guid id, int versionId, ContentVersionService versions, CancellationToken cancellationToken) =>
        TypedResults.Ok(await versions.GetAsync(id, versionId, cancellationToken));

    public static async Task<Ok<ContentDocument>> Rollback(Guid id, int versionId, RollbackRequest? request, ContentVersionService versions, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok(await versions.RollbackAsync(id, versionId, request?.Culture, http.Author(), cancellationToken));
}
