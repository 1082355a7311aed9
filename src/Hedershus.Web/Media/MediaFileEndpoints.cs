using Hedershus.Core.Media;
using Hedershus.Core.Networks;
using Hedershus.Web.Members;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace Hedershus.Web.Media;

/// <summary>
/// Serves stored media files at their stable URLs, <c>/media/{key}/{file}</c>. Anything that is not exactly
/// such a URL of an existing file is 404, including "..", separators and encoded slashes. A file only member pages use
/// (<see cref="MemberMedia"/>) is served to the active members of their network alone, never cached by others; anyone
/// else gets the same 404 as for a file that does not exist.
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

    private static async Task<Results<PhysicalFileHttpResult, NotFound>> Serve(
        string folder, string file, MediaFileStore store, MemberMedia memberMedia, HttpContext http, CancellationToken cancellationToken)
    {
        var path = store.Resolve(folder, file);
        var format = MediaFormat.FromExtension(Path.GetExtension(file));
        if (path is null || format is null)
        {
            return TypedResults.NotFound();
        }

        var restricted = Guid.TryParseExact(folder, "N", out var key) ? memberMedia.NetworksOf(key) : null;
        if (restricted is not null && !(await http.RequestServices.GetRequiredService<MemberContentGate>().ActiveNetworksAsync(http, cancellationToken)).Overlaps(restricted))
        {
            return TypedResults.NotFound();
        }

        var info = new FileInfo(path);
        var headers = http.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = restricted is null ? CacheControl : "private, no-store";
        headers.ContentDisposition = new ContentDispositionHeaderValue("inline") { FileName = file }.ToString();
        var etag = new EntityTagHeaderValue($"\"{info.Length:x}-{info.LastWriteTimeUtc.Ticks:x}\"");
        return TypedResults.PhysicalFile(path, format.ContentType, lastModified: info.LastWriteTimeUtc, entityTag: etag, enableRangeProcessing: true);
    }
}
