using Hedershus.Core.Content.Editing;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hedershus.Web.Api.Management.Documents;

/// <summary>Move, copy, trash and restore.</summary>
public static class DocumentTreeEndpoints
{
    public static RouteGroupBuilder MapDocumentTreeEndpoints(this RouteGroupBuilder documents)
    {
        documents.MapPost("/{id:guid}/move", Move).WithName("MoveDocument");
        documents.MapPost("/{id:guid}/copy", Copy).WithName("CopyDocument");
        documents.MapPost("/{id:guid}/trash", Trash).WithName("TrashDocument");
        documents.MapPost("/{id:guid}/restore", Restore).WithName("RestoreDocument");
        return documents;
    }

    public static async Task<Ok<ContentDocument>> Move(Guid id, MoveRequest request, ContentTreeService tree, CancellationToken cancellationToken) =>
        TypedResults.Ok(await tree.MoveAsync(id, request.ParentId, cancellationToken));

    public static async Task<Created<ContentDocument>> Copy(Guid id, CopyRequest request, ContentTreeService tree, HttpContext http, CancellationToken cancellationToken)
    {
        var copy = await tree.CopyAsync(id, request.ParentId, request.IncludeDescendants, http.Author(), cancellationToken);
        return TypedResults.Created($"{ManagementApi.BasePath}/documents/{copy.Id}", copy);
    }

    public static async Task<NoContent> Trash(Guid id, RecycleBinService bin, CancellationToken cancellationToken)
    {
        await bin.TrashAsync(id, cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Ok<ContentDocument>> Restore(Guid id, MoveRequest? request, RecycleBinService bin, CancellationToken cancellationToken) =>
        TypedResults.Ok(await bin.RestoreAsync(id, request?.ParentId, cancellationToken));
}
