using Hedershus.Core.Media;

namespace Hedershus.Web.Api.Management.Media;

/// <summary>A media item as the management API shows it.</summary>
public sealed record MediaItemResponse(
    Guid Id,
    string Name,
    string MediaType,
    Guid? ParentId,
    string Path,
    string? Url,
    string? FileName,
    string? Extension,
    string? ContentType,
    long? Bytes,
    int? Width,
    int? Height,
    MediaFocalPoint? FocalPoint,
    IReadOnlyDictionary<string, string> AltText,
    int SortOrder,
    DateTime CreateDate,
    DateTime UpdateDate)
{
    public static MediaItemResponse From(MediaItem item, MediaLocation location) => new(
        item.Key, item.Name, item.MediaType.ToString(), location.ParentKey, location.Path, item.UrlPath, item.FileName, item.Extension,
        item.ContentType, item.Bytes, item.Width, item.Height,
        item is { FocalPointLeft: { } left, FocalPointTop: { } top } ? new MediaFocalPoint(left, top) : null,
        item.AltText, item.SortOrder, item.CreateDate, item.UpdateDate);
}

/// <summary>The items of a folder.</summary>
public sealed record MediaChildrenResponse(long Total, IReadOnlyList<MediaItemResponse> Items);

/// <summary>A new folder; without a parent it goes to the root.</summary>
public sealed record MediaFolderRequest(string? Name, Guid? ParentId);

/// <summary>The full editable state of an item: name, folder (null: root), alt text per culture, focal point (images only).</summary>
public sealed record MediaUpdateRequest(string? Name, Guid? ParentId, Dictionary<string, string?>? AltText, MediaFocalPoint? FocalPoint);
