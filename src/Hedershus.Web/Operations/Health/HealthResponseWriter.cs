using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hedershus.Web.Operations.Health;

/// <summary>The JSON answer of /health: the overall status and each check's status and description.</summary>
public static class HealthResponseWriter
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var answer = new HealthAnswer(
            report.Status.ToString(),
            report.Entries.ToDictionary(e => e.Key, e => new HealthCheckAnswer(e.Value.Status.ToString(), e.Value.Description)));
        return context.Response.WriteAsJsonAsync(answer, context.RequestAborted);
    }
}

public sealed record HealthAnswer(string Status, IReadOnlyDictionary<string, HealthCheckAnswer> Checks);

public sealed record HealthCheckAnswer(string Status, string? Description);
