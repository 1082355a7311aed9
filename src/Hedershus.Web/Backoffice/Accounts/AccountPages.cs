using Hedershus.Web.Backoffice.Accounts.Components;
using Hedershus.Web.Backoffice.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hedershus.Web.Backoffice.Accounts;

/// <summary>What every sign-in and account handler needs: the page result, the texts, a form, a safe return address.</summary>
public static class AccountPages
{
    public const string SignInPath = BackofficeAuthentication.SignInPath;
    public const string DefaultReturnUrl = "/umbraco";

    public static RazorComponentResult Render(AccountView view)
    {
        return new RazorComponentResult<AccountPage>(new Dictionary<string, object?> { [nameof(AccountPage.View)] = view })
        {
            StatusCode = view.StatusCode,
            ContentType = "text/html; charset=utf-8",
        };
    }

    /// <summary>A page of <paramref name="http"/>'s language with the request's CSP nonce.</summary>
    public static AccountView View(HttpContext http, Func<AccountTexts, string> title) => new()
    {
        T = AccountTexts.For(http.Request),
        Title = title(AccountTexts.For(http.Request)),
        Nonce = http.RequestServices.GetRequiredService<CspNonce>().Value,
    };

    public static AccountForm Form(HttpContext http, string action, string submit, params AccountField[] fields) =>
        new(action, AntiforgeryCheck.Token(http), submit, fields);

    /// <summary>Only a path inside the backoffice is followed after sign-in, never another site (open redirect).</summary>
    public static string SafeReturnUrl(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url.StartsWith("/umbraco", StringComparison.OrdinalIgnoreCase) &&
        !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains('\\', StringComparison.Ordinal) && !url.Contains("://", StringComparison.Ordinal)
            ? url
            : DefaultReturnUrl;

    public static string ReturnUrl(HttpRequest request) =>
        SafeReturnUrl(request.Query["returnUrl"].FirstOrDefault()
            ?? request.HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IFormFeature>()?.Form?["returnUrl"].FirstOrDefault());

    /// <summary>A backoffice address with the page language kept.</summary>
    public static string WithLanguage(string path, AccountTexts t) =>
        path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "lang=" + t.Language;

    public static string Field(HttpRequest request, string name) => request.Form[name].ToString();
}
