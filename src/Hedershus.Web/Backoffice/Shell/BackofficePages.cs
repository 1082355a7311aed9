using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hedershus.Web.Backoffice.Shell;

/// <summary>Renders a backoffice page component with its shell and model, like the public site renders its pages.</summary>
public static class BackofficePages
{
    public static RazorComponentResult<TPage> Render<TPage>(BackofficeShell shell, object model, int statusCode = StatusCodes.Status200OK)
        where TPage : IComponent =>
        new(new Dictionary<string, object?> { ["Shell"] = shell, ["Model"] = model })
        {
            StatusCode = statusCode,
            ContentType = "text/html; charset=utf-8",
        };

    /// <summary>A local address to return to; anything else becomes the backoffice start page.</summary>
    public static string LocalOrStart(string? url) =>
        url is { Length: > 1 } && url.StartsWith("/umbraco", StringComparison.Ordinal) && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains('\\', StringComparison.Ordinal)
            ? url
            : "/umbraco";
}
