using Hedershus.Core.Members;

namespace Hedershus.Web.Operations;

/// <summary>
/// One log line per request: method, path, status and time taken. Never the query string (search terms, SAFETY.md
/// S9), never a body, header, IP address or user name.
/// </summary>
public sealed class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger, TimeProvider time)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = time.GetTimestamp();
        var failed = false;
        try
        {
            await next(context);
        }
        catch
        {
            failed = true;
            throw;
        }
        finally
        {
            logger.LogInformation(
                "{Method} {Path} answered {StatusCode} in {ElapsedMilliseconds} ms",
                context.Request.Method,
                PathOf(context.Request),
                failed ? StatusCodes.Status500InternalServerError : context.Response.StatusCode,
                Math.Round(time.GetElapsedTime(started).TotalMilliseconds, 1));
        }
    }

    // Paths whose next segment is a secret (a registrant's, member's or mailing recipient's token) that must not reach the log.
    private static readonly string[] SecretSegmentPrefixes =
    [
        "/seminarier/anmalan/", "/api/registrations/", "/api/unsubscribe/", MemberPaths.ConfirmMembership,
        MemberPaths.SignIn("sv") + "/", MemberPaths.SignIn("en") + "/",
    ];

    // Escaped, so a path cannot forge log lines with encoded line breaks.
    private static string PathOf(HttpRequest request)
    {
        var path = (request.PathBase + request.Path).ToUriComponent();
        foreach (var prefix in SecretSegmentPrefixes.Where(p => path.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
        {
            var end = path.IndexOf('/', prefix.Length);
            return prefix + "{token}" + (end < 0 ? "" : path[end..]);
        }

        return path;
    }
}
