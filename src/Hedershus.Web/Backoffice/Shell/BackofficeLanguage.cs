namespace Hedershus.Web.Backoffice.Shell;

/// <summary>The editor's choice of backoffice language, kept in a cookie that only the backoffice sees.</summary>
public static class BackofficeLanguage
{
    public const string CookieName = "hedershus.backoffice.lang";

    public static string Of(HttpContext http) =>
        http.Request.Cookies.TryGetValue(CookieName, out var value) && BackofficeText.Languages.Contains(value) ? value : "sv";

    public static void Set(HttpContext http, string language) =>
        http.Response.Cookies.Append(CookieName, BackofficeText.Languages.Contains(language) ? language : "sv", new CookieOptions
        {
            Path = "/umbraco",
            HttpOnly = true,
            Secure = true,
            SameSite = SameSiteMode.Strict,
            MaxAge = TimeSpan.FromDays(365),
            IsEssential = true,
        });
}
