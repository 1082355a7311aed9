using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hedershus.Web.Backoffice.Security;

/// <summary>
/// Anti-forgery for the backoffice: every form post carries the token field, and every cookie-authenticated unsafe
/// management API call the <c>RequestVerificationToken</c> header. Automation with the <c>Api-Key</c> header sends no
/// cookie, so a forged cross-site request cannot use it and it is exempt. A missing or wrong token answers 400.
/// </summary>
public static class AntiforgeryCheck
{
    public const string HeaderName = "RequestVerificationToken";

    public const string FormFieldName = "__RequestVerificationToken";

    /// <summary>For form posts: validates before the handler reads anything.</summary>
    public static async ValueTask<object?> FormFilterAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        await IsValidAsync(context.HttpContext) ? await next(context) : Refuse();

    /// <summary>For the management API: unsafe methods without the Api-Key header must carry the header token.</summary>
    public static async ValueTask<object?> ApiFilterAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        var exempt = HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method) ||
                     request.Headers.ContainsKey(ApiKeys.HeaderName);
        return exempt || await IsValidAsync(context.HttpContext) ? await next(context) : Refuse();
    }

    /// <summary>Issues the token pair for the signed-in user (cookie half set on the response).</summary>
    public static string Token(HttpContext http) =>
        http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http).RequestToken!;

    private static Task<bool> IsValidAsync(HttpContext http) =>
        http.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http);

    private static ProblemHttpResult Refuse() => TypedResults.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: "Missing or invalid anti-forgery token.",
        detail: $"Reload the page and try again. API calls with the backoffice cookie send the token in the '{HeaderName}' header.");
}

/// <summary>The header to send on unsafe management API calls made with the backoffice cookie, and its value.</summary>
public sealed record AntiforgeryAnswer(string HeaderName, string Token);
