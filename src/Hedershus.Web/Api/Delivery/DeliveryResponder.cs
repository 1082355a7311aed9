using Hedershus.Core.Delivery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Hedershus.Web.Api.Delivery;

/// <summary>
/// Turns Delivery API bodies into answers: from the output cache when possible, with ETag (If-None-Match → 304)
/// and Cache-Control (short max-age for public content; preview answers are marked no-store by the filter).
/// </summary>
public sealed class DeliveryResponder(DeliveryContextFactory contexts, DeliveryOutputCache cache, IOptions<DeliveryApiOptions> options)
{
    public const string JsonContentType = "application/json; charset=utf-8";

    /// <summary>The answer for the request: cached, or made by <paramref name="produce"/> from a fresh context.</summary>
    public async Task<FileContentHttpResult> RespondAsync(DeliveryRequest request, Func<DeliveryContext, byte[]> produce, CancellationToken cancellationToken)
    {
        if (Cached(request) is { } cached)
        {
            return cached;
        }

        var context = await ContextAsync(request, cancellationToken);
        return Json(request, context, produce(context));
    }

    public FileContentHttpResult? Cached(DeliveryRequest request) =>
        cache.Find(request.CacheKey) is { } answer ? Answer(request, answer) : null;

    public ValueTask<DeliveryContext> ContextAsync(DeliveryRequest request, CancellationToken cancellationToken) =>
        contexts.CreateAsync(request.Culture, request.StartItem, request.Preview, cancellationToken, Members.MemberDelivery.NetworksOf(request.Http));

    public FileContentHttpResult Json(DeliveryRequest request, DeliveryContext context, byte[] body) =>
        Answer(request, cache.Store(request.CacheKey, context, body));

    /// <summary>301 to the new route, with its start item in <c>Location-Start-Item-Path</c> and <c>-Id</c>, as Umbraco does.</summary>
    public RedirectHttpResult Redirect(DeliveryRequest request, ContentRedirect redirect)
    {
        var headers = request.Http.Response.Headers;
        headers["Location-Start-Item-Path"] = Uri.EscapeDataString(redirect.StartItemPath);
        headers["Location-Start-Item-Id"] = redirect.StartItemId.ToString("D");
        SetPublicCaching(request);
        return TypedResults.Redirect(EscapePath(redirect.Location), permanent: true);
    }

    private FileContentHttpResult Answer(DeliveryRequest request, CachedAnswer answer)
    {
        SetPublicCaching(request);
        return TypedResults.Bytes(answer.Body, JsonContentType, entityTag: answer.ETag);
    }

    private void SetPublicCaching(DeliveryRequest request)
    {
        if (request.HasMemberToken)
        {
            request.Http.Response.Headers.CacheControl = "private, no-store";
        }
        else if (!request.Preview)
        {
            // Behind an API key, a shared cache must not hand one client's answer to another.
            var scope = options.Value.PublicAccess ? "public" : "private";
            request.Http.Response.Headers.CacheControl = $"{scope}, max-age={Math.Max(0, options.Value.CacheMaxAgeSeconds)}";
        }
    }

    /// <summary>Header values are ASCII: routes with other letters (å, Arabic) are percent-encoded per segment.</summary>
    private static string EscapePath(string route) =>
        string.Join('/', route.Split('/').Select(Uri.EscapeDataString));
}
