using Hedershus.Core.Audit;
using Hedershus.Core.Common;
using Hedershus.Core.Content.Reports;
using Hedershus.Core.Dashboard;
using Hedershus.Core.Reviews;
using Hedershus.Core.Translations;
using Hedershus.Web.Api.Management.Audit;
using Hedershus.Web.Backoffice.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hedershus.Web.Api.Management.Dashboard;

/// <summary>"What needs attention": one list per endpoint, so the dashboard loads each panel on its own.</summary>
public static class DashboardEndpoints
{
    public static RouteGroupBuilder MapDashboardEndpoints(this RouteGroupBuilder management)
    {
        var group = management.MapGroup("/dashboard").RequireAuthorization(BackofficePolicies.Content).WithTags("Dashboard");
        group.MapGet("/overdue-reviews", OverdueReviews).WithName("GetDashboardOverdueReviews");
        group.MapGet("/outdated-translations", OutdatedTranslations).WithName("GetDashboardOutdatedTranslations");
        group.MapGet("/unreviewed-translations", UnreviewedTranslations).WithName("GetDashboardUnreviewedTranslations");
        group.MapGet("/unverified-numbers", UnverifiedNumbers).WithName("GetDashboardUnverifiedNumbers");
        group.MapGet("/review-queue", ReviewQueue).WithName("GetDashboardReviewQueue");
        group.MapGet("/recent-activity", RecentActivity).WithName("GetDashboardRecentActivity").RequireAuthorization(AuditEndpoints.RequireAuditReader);
        return management;
    }

    public static Ok<PagedResult<OverdueReviewItem>> OverdueReviews(AttentionReports reports, int? skip, int? take) =>
        TypedResults.Ok(reports.OverdueReviews(Paging.Skip(skip), Paging.Take(take)));

    public static async Task<Ok<PagedResult<TranslationListItem>>> OutdatedTranslations(TranslationStatusReader reader, int? skip, int? take, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reader.OutdatedAsync(Paging.Skip(skip), Paging.Take(take), cancellationToken));

    public static async Task<Ok<PagedResult<TranslationListItem>>> UnreviewedTranslations(TranslationStatusReader reader, int? skip, int? take, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reader.NeedingNativeReviewAsync(Paging.Skip(skip), Paging.Take(take), cancellationToken));

    public static Ok<PagedResult<UnverifiedNumber>> UnverifiedNumbers(AttentionReports reports, int? skip, int? take) =>
        TypedResults.Ok(reports.UnverifiedNumbers(Paging.Skip(skip), Paging.Take(take)));

    public static async Task<Ok<PagedResult<ReviewView>>> ReviewQueue(ReviewReader reviews, int? skip, int? take, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reviews.ListAsync(new ReviewQuery { State = ReviewState.Pending }, Paging.Skip(skip), Paging.Take(take), cancellationToken));

    /// <summary>The newest audit rows; the full log with filters is <c>/audit-log</c>.</summary>
    public static async Task<Ok<PagedResult<AuditEntryView>>> RecentActivity(AuditReader audit, int? skip, int? take, CancellationToken cancellationToken) =>
        TypedResults.Ok(await audit.ListAsync(new AuditQuery(), Paging.Skip(skip), Paging.Take(take ?? 20), cancellationToken));
}
