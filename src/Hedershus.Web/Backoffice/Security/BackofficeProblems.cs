namespace Hedershus.Web.Backoffice.Security;

/// <summary>401 and 403 answers of the backoffice's APIs, as ProblemDetails.</summary>
internal static class BackofficeProblems
{
    public static Task WriteAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        return problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        }).AsTask();
    }

    /// <summary>API paths answer with a status; pages of the backoffice redirect to the sign-in page instead.</summary>
    public static bool IsApiRequest(HttpRequest request) =>
        request.Path.StartsWithSegments(Api.Management.ManagementApi.BasePath, StringComparison.OrdinalIgnoreCase);
}
