using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hedershus.Web.Operations.Health;

/// <summary>The JSON answer of /health: the overall status and each check's status and description.</summary>
public static class HealthResponseWriter
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var answer = new HealthAnswer(
            report.Status.ToString(),
            report.Entries.ToDictionary(e => e.Key, e => new HealthCheckAnswer(e.Value.Status.ToString(), DescriptionOf(e.Value))));
        return context.Response.WriteAsJsonAsync(answer, context.RequestAborted);
    }

    // A check that threw (or timed out) describes itself with the exception's text, which may name database hosts
    // or users; /health is public, so only our own descriptions go out.
    private static string? DescriptionOf(HealthReportEntry entry) =>
        entry.Exception is null ? entry.Description : "The check failed or did not answer in time.";
}

public sealed record HealthAnswer(string Status, IReadOnlyDictionary<string, HealthCheckAnswer> Checks);

public sealed record HealthCheckAnswer(string Status, string? Description);
