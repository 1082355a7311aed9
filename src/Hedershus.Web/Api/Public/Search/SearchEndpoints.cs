using Hedershus.Core.Common;
using Hedershus.Core.Search.Querying;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Hedershus.Web.Api.Public.Search;

/// <summary>
/// The public search API. The site posts (so terms never reach a URL or history, SAFETY S9); GET serves API
/// clients. Answers set no cookie and are never cached; nothing here logs the query.
/// </summary>
public static class SearchEndpoints
{
    public static IEndpointRouteBuilder MapSearchEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/search").WithTags("Search").AddEndpointFilter(NoStore);
        group.MapPost("/", Post).WithName("Search");
        group.MapGet("/", Get).WithName("SearchByQueryString");
        group.MapGet("/suggest", Suggest).WithName("SearchSuggest");
        return endpoints;
    }

    public static Ok<SearchResult> Post(SearchRequest request, SearchService search) => TypedResults.Ok(search.Search(request));

    public static Ok<SearchResult> Get(
        SearchService search,
        string? q,
        string? culture,
        int? page,
        int? pageSize,
        string? sort,
        [FromQuery] string[]? filter) =>
        TypedResults.Ok(search.Search(new SearchRequest { Q = q, Culture = culture, Page = page, PageSize = pageSize, Sort = sort, Filters = Filters(filter) }));

    public static Ok<SuggestResponse> Suggest(SuggestService suggestions, string? q, string? culture) =>
        TypedResults.Ok(new SuggestResponse(suggestions.Suggest(q, culture)));

    /// <summary>"filter=audience:young&amp;filter=topic:school" as the POST body's filters.</summary>
    private static Dictionary<string, List<string>?>? Filters(string[]? filter)
    {
        if (filter is null or { Length: 0 })
        {
            return null;
        }

        var filters = new Dictionary<string, List<string>?>(StringComparer.Ordinal);
        foreach (var item in filter)
        {
            var colon = item.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw new InputValidationException("filter", "Write a filter as facet:value, e.g. audience:young.");
            }

            var name = item[..colon].Trim();
            if (!filters.TryGetValue(name, out var values))
            {
                filters[name] = values = [];
            }

            values!.Add(item[(colon + 1)..]);
        }

        return filters;
    }

    private static async ValueTask<object?> NoStore(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        context.HttpContext.Response.Headers.CacheControl = "no-store";
        return await next(context);
    }
}

public sealed record SuggestResponse(IReadOnlyList<Suggestion> Suggestions);
