using Hedershus.Core.Delivery;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Hedershus.Web.Api.Delivery;

/// <summary>
/// What a Delivery API request asks for in its headers: culture (Accept-Language, unknown or missing → the
/// default culture), Start-Item and Preview. Bound as a handler parameter.
/// </summary>
public sealed class DeliveryRequest
{
    public const string StartItemHeader = "Start-Item";
    public const string PreviewHeader = "Preview";

    private DeliveryRequest(HttpContext http, string culture, string? startItem, bool preview)
    {
        Http = http;
        Culture = culture;
        StartItem = startItem;
        Preview = preview;

        // Everything that shapes the answer: path, the parameters the API reads, culture, start item. Unknown
        // parameters are left out, so junk query strings cannot fill the cache. Preview answers are never cached.
        // A member's answer (bearer token) depends on who asks, so it is never cached either.
        HasMemberToken = http.Request.Headers.Authorization.Count > 0;
        CacheKey = preview || HasMemberToken ? null : string.Concat(http.Request.Path.Value, KnownParameters(http.Request.Query), "\n", culture, "\n", startItem?.ToLowerInvariant());
    }

    /// <summary>The query parameters of the Delivery API (content and media), in a fixed order.</summary>
    private static readonly string[] Parameters = ["fetch", "filter", "sort", "skip", "take", "expand", "fields", "id"];

    public HttpContext Http { get; }

    public string Culture { get; }

    public string? StartItem { get; }

    public bool Preview { get; }

    public string? CacheKey { get; }

    /// <summary>An Authorization header came: the filter checked it as a member token (<see cref="Members.MemberDelivery"/>).</summary>
    public bool HasMemberToken { get; }

    public static ValueTask<DeliveryRequest?> BindAsync(HttpContext http)
    {
        var headers = http.Request.Headers;
        var culture = http.RequestServices.GetRequiredService<DeliveryContextFactory>().ResolveCulture(LanguageTags(headers.AcceptLanguage));
        var startItem = headers[StartItemHeader].ToString().Trim().Trim('/');
        return ValueTask.FromResult<DeliveryRequest?>(new DeliveryRequest(http, culture, startItem.Length == 0 ? null : startItem, IsPreview(headers)));
    }

    private static string KnownParameters(IQueryCollection query) =>
        string.Concat(Parameters.Where(query.ContainsKey).Select(p => "?" + p + "=" + string.Join('\u001f', query[p].ToArray())));

    public static bool IsPreview(IHeaderDictionary headers) =>
        string.Equals(headers[PreviewHeader].ToString().Trim(), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Language tags by preference (quality), e.g. "sv-SE,sv;q=0.9,en;q=0.8" → sv-SE, sv, en.</summary>
    private static IEnumerable<string> LanguageTags(StringValues header)
    {
        var raw = header.ToString();
        if (raw.Length == 0)
        {
            return [];
        }

        if (!raw.Contains(',', StringComparison.Ordinal) && !raw.Contains(';', StringComparison.Ordinal))
        {
            return [raw];
        }

        return StringWithQualityHeaderValue.TryParseList(header, out var parsed)
            ? parsed.Where(v => v.Quality is not 0).OrderByDescending(v => v.Quality ?? 1).Select(v => v.Value.ToString())
            : [];
    }
}
