using Hedershus.Core.Content.Reports;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hedershus.Web.Api.Management.Reports;

/// <summary>Editor reports in the management API; the backoffice dashboard reads them.</summary>
public static class ReportEndpoints
{
    public static RouteGroupBuilder MapReportEndpoints(this RouteGroupBuilder management)
    {
        var group = management.MapGroup("/reports").WithTags("Reports");
        group.MapGet("/unverified-numbers", UnverifiedNumbers).WithName("GetUnverifiedNumbers");
        return management;
    }

    /// <summary>Published phone numbers not verified for <paramref name="olderThanDays"/> days (90 unless told), oldest first (SAFETY.md S11).</summary>
    public static Ok<UnverifiedNumbersResult> UnverifiedNumbers(UnverifiedNumbersReport report, int? olderThanDays) =>
        TypedResults.Ok(report.Find(olderThanDays ?? UnverifiedNumbersReport.DefaultOlderThanDays));
}
