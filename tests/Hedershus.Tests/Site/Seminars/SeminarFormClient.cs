using System.Net;
using System.Text.RegularExpressions;
using Hedershus.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Hedershus.Tests.Site.Seminars;

/// <summary>A page's registration form as a browser without script sees it: where it posts and its hidden fields.</summary>
public sealed record FormPage(string Html, string Action, IReadOnlyList<KeyValuePair<string, string>> Hidden);

/// <summary>
/// A visitor with a cookie jar: opens a seminar page, fills the form in and sends it. Sending first moves the test
/// clock past the minimum fill time, as a person's typing would.
/// </summary>
public sealed partial class SeminarFormClient(HedershusFactory factory) : IDisposable
{
    public HttpClient Http { get; } = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public static IEnumerable<KeyValuePair<string, string>> Person(string email, string name = "Anna Andersson") =>
    [
        new("name", name), new("email", email), new("organisation", "Botkyrka kommun"), new("organisationType", "kommun"),
        new("municipality", "Botkyrka"), new("role", "Socialsekreterare"), new("consent", "on"),
    ];

    public async Task<FormPage> OpenAsync(string path)
    {
        using var response = await Http.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
        return Parse(html);
    }

    public static FormPage Parse(string html)
    {
        var form = RegistrationForm().Match(html);
        Assert.True(form.Success, "the page has no registration form");
        var hidden = HiddenInput().Matches(form.Value)
            .Select(m => new KeyValuePair<string, string>(WebUtility.HtmlDecode(m.Groups[1].Value), WebUtility.HtmlDecode(m.Groups[2].Value))).ToList();
        return new FormPage(html, WebUtility.HtmlDecode(form.Groups[1].Value), hidden);
    }

    public async Task<HttpResponseMessage> SendAsync(FormPage page, IEnumerable<KeyValuePair<string, string>> fields, bool waitFirst = true)
    {
        if (waitFirst)
        {
            factory.Clock.Advance(TimeSpan.FromSeconds(5));
        }

        using var content = new FormUrlEncodedContent(page.Hidden.Concat(fields));
        return await Http.PostAsync(page.Action, content);
    }

    public void Dispose() => Http.Dispose();

    [GeneratedRegex("<form method=\"post\" action=\"([^\"]+)\" class=\"registration-form\"[^>]*>.*?</form>", RegexOptions.Singleline)]
    private static partial Regex RegistrationForm();

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"")]
    private static partial Regex HiddenInput();
}
