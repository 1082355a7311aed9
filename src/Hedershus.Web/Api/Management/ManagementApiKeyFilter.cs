using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Hedershus.Web.Api.Management;

/// <summary>
/// Lets a request through when it carries the configured <c>Api-Key</c> (automation) or comes from an
/// authenticated user (the backoffice sign-in adds that). Otherwise 401 ProblemDetails.
/// </summary>
public sealed class ManagementApiKeyFilter(IOptions<ManagementApiOptions> options) : IEndpointFilter
{
    public const string HeaderName = "Api-Key";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (http.User.Identity?.IsAuthenticated == true || KeyMatches(http.Request.Headers[HeaderName].ToString(), options.Value.ApiKey))
        {
            return await next(context);
        }

        return TypedResults.Problem(
            statusCode: StatusCodes.Status401Unauthorized,
            title: "Not signed in.",
            detail: $"Send the management API key in the '{HeaderName}' header, or sign in to the backoffice.");
    }

    internal static bool KeyMatches(string presented, string? expected) =>
        !string.IsNullOrEmpty(expected) && !string.IsNullOrEmpty(presented) &&
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(expected));
}
