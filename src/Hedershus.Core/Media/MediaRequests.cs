namespace Hedershus.Core.Media;

/// <summary>A file to add to the media library.</summary>
/// <param name="Content">The file's bytes; read once, and no further than the size limit.</param>
/// <param name="FileName">The uploader's file name; its extension must match the content.</param>
/// <param name="ContentType">The content type the uploader claimed, if any; it must match the content.</param>
public sealed record MediaUpload(Stream Content, string FileName, string? ContentType, MediaUploadDetails Details);

/// <summary>Where an upload goes and what it is called.</summary>
/// <param name="Name">Null: the uploader's file name.</param>
/// <param name="ParentKey">The folder to put it in; null for the root.</param>
/// <param name="AltText">Alternative text per culture code.</param>
public sealed record MediaUploadDetails(string? Name = null, Guid? ParentKey = null, IReadOnlyDictionary<string, string?>? AltText = null);

/// <summary>The editable state of a media item; every field is replaced.</summary>
/// <param name="ParentKey">The folder it belongs in; null for the root.</param>
/// <param name="FocalPoint">Only images have one; null clears it.</param>
public sealed record MediaUpdate(string? Name, Guid? ParentKey, IReadOnlyDictionary<string, string?>? AltText, MediaFocalPoint? FocalPoint);

/// <summary>The point of an image that crops keep in view, each coordinate from 0 to 1.</summary>
public sealed record MediaFocalPoint(double Left, double Top);
