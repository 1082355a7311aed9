using Hedershus.Core.Search.Drafts;
using Hedershus.Core.Search.Querying;
using Hedershus.Core.Search.Rebuild;
using Hedershus.Web.Api.Management;
using Hedershus.Web.Backoffice.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hedershus.Web.Api.Public.Search;

/// <summary>Editors' search over drafts within their permissions, and the cluster-wide rebuild of the published index.</summary>
public static class SearchManagementEndpoints
{
    public static RouteGroupBuilder MapSearchManagementEndpoints(this RouteGroupBuilder management)
    {
        management.MapGet("/search", Drafts).RequireAuthorization(BackofficePolicies.Content).WithName("SearchDrafts");
        management.MapPost("/search/rebuild", Rebuild).RequireAuthorization(BackofficePolicies.Administration).WithName("RebuildSearchIndex");
        return management;
    }

    /// <summary>
    /// Searches the drafts the caller may browse: a signed-in editor's start nodes and cultures narrow the Lucene query
    /// itself (so totals, facets and pages count nothing else); automation with the API key acts as an administrator.
    /// </summary>
    public static async Task<Ok<SearchResult>> Drafts(
        DraftSearchService drafts, DraftSearchScopes scopes, string? q, string? culture, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var scope = await scopes.CurrentAsync(cancellationToken);
        return TypedResults.Ok(await drafts.SearchAsync(new SearchRequest { Q = q, Culture = culture, Page = page, PageSize = pageSize }, scope, cancellationToken));
    }

    /// <summary>
    /// Records a rebuild request that every node of the cluster follows within <c>Search:RebuildPollMilliseconds</c>:
    /// each builds a new index beside its live one and swaps it in.
    /// </summary>
    public static async Task<Accepted<RebuildRequested>> Rebuild(SearchRebuildRequests requests, CancellationToken cancellationToken) =>
        TypedResults.Accepted((string?)null, new RebuildRequested(await requests.RequestAsync(RequestedBy, cancellationToken)));

    private const string RequestedBy = "management-api";
}

public sealed record RebuildRequested(long RequestId);
