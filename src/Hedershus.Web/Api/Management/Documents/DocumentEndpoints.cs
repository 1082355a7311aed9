using Hedershus.Core.Common;
using Hedershus.Core.Content.Editing;
using Hedershus.Web.Backoffice.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hedershus.Web.Api.Management.Documents;

/// <summary>Content nodes: create, read, save per culture, publish, schedule, versions, tree operations.</summary>
public static class DocumentEndpoints
{
    public static RouteGroupBuilder MapDocumentEndpoints(this RouteGroupBuilder management)
    {
        var group = management.MapGroup("/documents").RequireAuthorization(BackofficePolicies.Content).WithTags("Documents");
        group.MapGet("/root/children", RootChildren).WithName("GetRootDocuments");
        group.MapPut("/root/children/sort", SortRoot).WithName("SortRootDocuments");
        group.MapGet("/trash", Trashed).WithName("GetTrashedDocuments");
        group.MapPost("/", Create).WithName("CreateDocument");
        group.MapGet("/{id:guid}", Get).WithName("GetDocument");
        group.MapPut("/{id:guid}", Update).WithName("UpdateDocument");
        group.MapDelete("/{id:guid}", Delete).WithName("DeleteDocument");
        group.MapGet("/{id:guid}/children", Children).WithName("GetDocumentChildren");
        group.MapPut("/{id:guid}/children/sort", Sort).WithName("SortDocumentChildren");
        group.MapDocumentPublishingEndpoints();
        group.MapDocumentTreeEndpoints();
        return management;
    }

    public static async Task<Ok<PagedResult<ContentSummary>>> RootChildren(ContentService content, int? skip, int? take, CancellationToken cancellationToken) =>
        TypedResults.Ok(await content.ChildrenAsync(null, Paging.Skip(skip), Paging.Take(take), cancellationToken));

    public static async Task<Ok<PagedResult<ContentSummary>>> Children(Guid id, ContentService content, int? skip, int? take, CancellationToken cancellationToken) =>
        TypedResults.Ok(await content.ChildrenAsync(id, Paging.Skip(skip), Paging.Take(take), cancellationToken));

    public static async Task<Ok<PagedResult<ContentSummary>>> Trashed(RecycleBinService bin, int? skip, int? take, CancellationToken cancellationToken) =>
        TypedResults.Ok(await bin.TrashedAsync(Paging.Skip(skip), Paging.Take(take), cancellationToken));

    public static async Task<Created<ContentDocument>> Create(CreateContentRequest request, ContentService content, HttpContext http, CancellationToken cancellationToken)
    {
        var document = await content.CreateAsync(request, http.Author(), cancellationToken);
        return TypedResults.Created($"{ManagementApi.BasePath}/documents/{document.Id}", document);
    }

    public static async Task<Ok<ContentDocument>> Get(Guid id, ContentService content, CancellationToken cancellationToken) =>
        TypedResults.Ok(await content.GetAsync(id, cancellationToken));

    public static async Task<Ok<ContentDocument>> Update(Guid id, UpdateContentRequest request, ContentService content, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok(await content.UpdateAsync(id, request, http.Author(), cancellationToken));

    public static async Task<NoContent> Delete(Guid id, RecycleBinService bin, CancellationToken cancellationToken)
    {
        await bin.DeleteAsync(id, cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<NoContent> SortRoot(SortRequest request, ContentTreeService tree, CancellationToken cancellationToken)
    {
        await tree.SortAsync(null, request.Ids ?? [], cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<NoContent> Sort(Guid id, SortRequest request, ContentTreeService tree, CancellationToken cancellationToken)
    {
        await tree.SortAsync(id, request.Ids ?? [], cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>Who made a change, for versions and the audit log: the signed-in user, or "api" for the API key.</summary>
    internal static string Author(this HttpContext http) => http.User.Identity?.Name ?? "api";
}
