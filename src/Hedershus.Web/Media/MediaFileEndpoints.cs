using Hedershus.Core.Media;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace Hedershus.Web.Media;

/// <summary>
/// Serves stored media files at their stable URLs, <c>/media/{key}/{file}</c>. Anything that is not exactly
/// such a URL of an existing file is 404, including "..", separators and encoded slashes.
/// </summary>
public static class MediaFileEndpoints
{
    // A URL's bytes never change (a new file gets a new key), so caches may keep it for a year.
    private const string CacheControl = "public, max-age=31536000, immutable";

    public static IEndpointRouteBuilder MapMediaFiles(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/media/{folder}/{file}", Serve).WithName("MediaFile").WithTags("Media");
        return endpoints;
    }

    private static Results<PhysicalFileHttpResult, NotFound> Serve(string folder, string file, MediaFileStore store, HttpResponse response)
    {
        var path = store.Resolve(folder, file);
        var format = MediaFormat.FromExtension(Path.GetExtension(file));
        if (path is null || format is null)
        {
            return TypedResults.NotFound();
        }

        var info = new FileInfo(path);
        var headers = response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = CacheControl;
        headers.ContentDisposition = new ContentDispositionHeaderValue("inline") { FileName = file }.ToString();
        var etag = new EntityTagHeaderValue($"\"{info.Length:x}-{info.LastWriteTimeUtc.Ticks:x}\"");
        return TypedResults.PhysicalFile(path, format.ContentType, lastModified: info.LastWriteTimeUtc, entityTag: etag, enableRangeProcessing: true);
    }
}
