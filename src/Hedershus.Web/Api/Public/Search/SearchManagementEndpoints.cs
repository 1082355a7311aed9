using Hedershus.Core.Common;
using Hedershus.Core.Search.Drafts;
using Hedershus.Core.Search.Indexing;
using Hedershus.Core.Search.Querying;
using Hedershus.Web.Api.Management;
using Hedershus.Web.Backoffice.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hedershus.Web.Api.Public.Search;

/// <summary>Editors' search over drafts, and the full rebuild of the published index, behind the management API key.</summary>
public static class SearchManagementEndpoints
{
    public static RouteGroupBuilder MapSearchManagementEndpoints(this RouteGroupBuilder management)
    {
        management.MapGet("/search", Drafts).RequireAuthorization(BackofficePolicies.Content).WithName("SearchDrafts");
        management.MapPost("/search/rebuild", Rebuild).RequireAuthorization(BackofficePolicies.Administration).WithName("RebuildSearchIndex");
        return management;
    }

    public static async Task<Ok<SearchResult>> Drafts(DraftSearchService drafts, string? q, string? culture, int? page, int? pageSize, CancellationToken cancellationToken) =>
        TypedResults.Ok(await drafts.SearchAsync(new SearchRequest { Q = q, Culture = culture, Page = page, PageSize = pageSize }, cancellationToken));

    /// <summary>Queues the rebuild as a job: a new index is built beside the live one and swapped in.</summary>
    public static Accepted<RebuildQueued> Rebuild(IJobScheduler jobs) =>
        TypedResults.Accepted((string?)null, new RebuildQueued(jobs.Enqueue<SearchIndexRebuildJob>()));
}

public sealed record RebuildQueued(string JobId);
