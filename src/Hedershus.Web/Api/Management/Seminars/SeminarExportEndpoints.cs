using Hedershus.Core.Seminars.Staff;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hedershus.Web.Api.Management.Seminars;

/// <summary>A seminar's registrations as a CSV or Excel download (GET: reading changes nothing). Never cached.</summary>
public static class SeminarExportEndpoints
{
    public static RouteGroupBuilder MapSeminarExports(this RouteGroupBuilder seminars)
    {
        seminars.MapGet("/{id:guid}/registrations.csv", CsvAsync).WithName("ExportSeminarRegistrationsCsv");
        seminars.MapGet("/{id:guid}/registrations.xlsx", XlsxAsync).WithName("ExportSeminarRegistrationsXlsx");
        return seminars;
    }

    private static async Task<FileContentHttpResult> CsvAsync(Guid id, HttpContext context, SeminarStaffQueries queries, CancellationToken cancellationToken)
    {
        var registrations = await queries.RegistrationsAsync(id, null, cancellationToken);
        return File(context, SeminarExport.Csv(registrations), SeminarExport.CsvContentType, id, "csv");
    }

    private static async Task<FileContentHttpResult> XlsxAsync(Guid id, HttpContext context, SeminarStaffQueries queries, CancellationToken cancellationToken)
    {
        var registrations = await queries.RegistrationsAsync(id, null, cancellationToken);
        return File(context, await SeminarExport.XlsxAsync(registrations, cancellationToken), SeminarExport.XlsxContentType, id, "xlsx");
    }

    private static FileContentHttpResult File(HttpContext context, byte[] content, string contentType, Guid id, string extension)
    {
        // Personal data: no copy in any cache on the way.
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.File(content, contentType, $"seminar-{id:N}-registrations.{extension}");
    }
}
