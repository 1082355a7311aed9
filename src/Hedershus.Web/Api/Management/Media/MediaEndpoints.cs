using Hedershus.Core.Common;
using Hedershus.Core.Media;
using Hedershus.Web.Backoffice.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Hedershus.Web.Api.Management.Media;

/// <summary>The media library in the management API: upload, folders, read, rename/move, delete.</summary>
public static class MediaEndpoints
{
    /// <summary>Room for the multipart framing and the small fields around the file.</summary>
    private const long FormOverheadBytes = 1024 * 1024;

    public static RouteGroupBuilder MapMediaEndpoints(this RouteGroupBuilder management)
    {
        var maxUpload = ((IEndpointRouteBuilder)management).ServiceProvider.GetRequiredService<IOptions<MediaOptions>>().Value.MaxUploadBytes;
        var group = management.MapGroup("/media").RequireAuthorization(BackofficePolicies.Media).WithTags("Media");
        group.MapPost("", UploadAsync).WithName("UploadMedia")
            .WithMetadata(new RequestSizeLimitAttribute(maxUpload + FormOverheadBytes));
        group.MapPost("/folders", CreateFolderAsync).WithName("CreateMediaFolder");
        group.MapGet("/{id:guid}", GetAsync).WithName("GetMediaItem");
        group.MapGet("/root/children", GetRootChildrenAsync).WithName("GetMediaRootChildren");
        group.MapGet("/{id:guid}/children", GetChildrenAsync).WithName("GetMediaChildren");
        group.MapPut("/{id:guid}", UpdateAsync).WithName("UpdateMediaItem");
        group.MapDelete("/{id:guid}", DeleteAsync).WithName("DeleteMediaItem");
        return group;
    }

    private static async Task<Created<MediaItemResponse>> UploadAsync(
        HttpRequest request, MediaService media, MediaLibrary library, CancellationToken cancellationToken)
    {
        var form = await MediaUploadReader.ReadAsync(request, media, cancellationToken);
        await using var file = form.File;
        if (file is null)
        {
            throw new InputValidationException(MediaUploadReader.FileField, "Choose a file to upload (the form field 'file').");
        }

        var item = await media.CreateFromStagedAsync(file, form.ToDetails(), cancellationToken);
        return TypedResults.Created(Location(item), await DescribeAsync(item, library, cancellationToken));
    }

    private static async Task<Created<MediaItemResponse>> CreateFolderAsync(
        MediaFolderRequest body, MediaService media, MediaLibrary library, CancellationToken cancellationToken)
    {
        var folder = await media.CreateFolderAsync(body.Name, body.ParentId, cancellationToken);
        return TypedResults.Created(Location(folder), await DescribeAsync(folder, library, cancellationToken));
    }

    private static async Task<Results<Ok<MediaItemResponse>, NotFound>> GetAsync(Guid id, MediaLibrary library, CancellationToken cancellationToken)
    {
        var item = await library.FindAsync(id, cancellationToken);
        return item is null ? TypedResults.NotFound() : TypedResults.Ok(await DescribeAsync(item, library, cancellationToken));
    }

    private static Task<Results<Ok<MediaChildrenResponse>, NotFound>> GetRootChildrenAsync(
        MediaLibrary library, CancellationToken cancellationToken, int skip = 0, int take = 100) =>
        ChildrenAsync(null, skip, take, library, cancellationToken);

    private static Task<Results<Ok<MediaChildrenResponse>, NotFound>> GetChildrenAsync(
        Guid id, MediaLibrary library, CancellationToken cancellationToken, int skip = 0, int take = 100) =>
        ChildrenAsync(id, skip, take, library, cancellationToken);

    private static async Task<Ok<MediaItemResponse>> UpdateAsync(
        Guid id, MediaUpdateRequest body, MediaService media, MediaLibrary library, CancellationToken cancellationToken)
    {
        var item = await media.UpdateAsync(id, new MediaUpdate(body.Name, body.ParentId, body.AltText, body.FocalPoint), cancellationToken);
        return TypedResults.Ok(await DescribeAsync(item, library, cancellationToken));
    }

    private static async Task<NoContent> DeleteAsync(Guid id, MediaService media, CancellationToken cancellationToken)
    {
        await media.DeleteAsync(id, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<MediaChildrenResponse>, NotFound>> ChildrenAsync(
        Guid? parentKey, int skip, int take, MediaLibrary library, CancellationToken cancellationToken)
    {
        var page = await library.FindChildrenAsync(parentKey, skip, take, cancellationToken);
        if (page is null)
        {
            return TypedResults.NotFound();
        }

        var locations = await library.LocateAsync(page.Items, cancellationToken);
        var items = page.Items.Select(c => MediaItemResponse.From(c, locations[c.Id])).ToList();
        return TypedResults.Ok(new MediaChildrenResponse(page.Total, items));
    }

    private static async Task<MediaItemResponse> DescribeAsync(MediaItem item, MediaLibrary library, CancellationToken cancellationToken)
    {
        var locations = await library.LocateAsync([item], cancellationToken);
        return MediaItemResponse.From(item, locations[item.Id]);
    }

    private static string Location(MediaItem item) => $"{ManagementApi.BasePath}/media/{item.Key}";
}
