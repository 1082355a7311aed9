using System.Net;
using System.Text.RegularExpressions;
using Hedershus.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Hedershus.Tests.Backoffice;

/// <summary>
/// Walks the server-rendered sign-in and account pages as a browser without script would: keeps cookies, reads the
/// anti-forgery field of the page's form and posts it back.
/// </summary>
public sealed partial class AccountBrowser(HedershusFactory factory) : IDisposable
{
    public HttpClient Http { get; } = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });

    public string LastPage { get; private set; } = "";

    public async Task<HttpResponseMessage> GetAsync(string path)
    {
        var response = await Http.GetAsync(path);
        LastPage = await response.Content.ReadAsStringAsync();
        return response;
    }

    /// <summary>Opens <paramref name="pagePath"/> and posts its form with <paramref name="fields"/> and the page's token.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string pagePath, string action, params (string Name, string Value)[] fields)
    {
        var page = await GetAsync(pagePath);
        Assert.True(page.StatusCode == HttpStatusCode.OK, $"GET {pagePath} answered {(int)page.StatusCode}");
        return await PostAsync(action, [.. fields, ("__RequestVerificationToken", Token(LastPage))]);
    }

    public async Task<HttpResponseMessage> PostAsync(string action, params (string Name, string Value)[] fields)
    {
        using var content = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        var response = await Http.PostAsync(action, content);
        LastPage = await response.Content.ReadAsStringAsync();
        return response;
    }

    /// <summary>Password sign-in; answers the response (a redirect when it worked).</summary>
    public Task<HttpResponseMessage> SignInAsync(string email, string password, string returnUrl = "/umbraco/account") =>
        SubmitAsync($"/umbraco/login?returnUrl={Uri.EscapeDataString(returnUrl)}", "/umbraco/login",
            ("email", email), ("password", password), ("returnUrl", returnUrl));

    public static string Token(string html) => TokenField().Match(html) is { Success: true } match
        ? WebUtility.HtmlDecode(match.Groups["token"].Value)
        : throw new Xunit.Sdk.XunitException("The page has no anti-forgery field:\n" + html);

    /// <summary>The text of the page's alert (the error message), or null.</summary>
    public string? Alert => AlertText().Match(LastPage) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups["text"].Value) : null;

    public void Dispose() => Http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex TokenField();

    [GeneratedRegex("role=\"alert\"[^>]*>(?<text>[^<]+)<")]
    private static partial Regex AlertText();
}
