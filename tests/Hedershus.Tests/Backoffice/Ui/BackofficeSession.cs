using System.Net;
using System.Net.Http.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Hedershus.Tests.Infrastructure;
using Hedershus.Web.Backoffice.Security;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Hedershus.Tests.Backoffice.Ui;

/// <summary>
/// A signed-in editor using the backoffice pages as a browser without JavaScript would: GET pages, post forms with the
/// anti-forgery token the page carries, follow nothing automatically (tests assert the redirects).
/// </summary>
public sealed class BackofficeSession : IDisposable
{
    private static readonly HtmlParser Parser = new();

    private BackofficeSession(HttpClient http, string email)
    {
        Http = http;
        Email = email;
    }

    public HttpClient Http { get; }

    public string Email { get; }

    public string Token { get; private set; } = "";

    public static async Task<BackofficeSession> SignInAsync(HedershusFactory factory, params string[] roles)
    {
        var http = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        var email = $"{string.Join('-', roles).Replace(' ', '-').ToLowerInvariant()}-{Guid.NewGuid():N}@hedershus.local";
        var signIn = await http.PostAsJsonAsync(TestingSignInEndpoint.Path, new TestingSignInRequest(email, roles));
        signIn.EnsureSuccessStatusCode();
        var session = new BackofficeSession(http, email);
        var (_, start) = await session.GetAsync("/umbraco");
        session.Token = start.QuerySelector("meta[name=hedershus-antiforgery]")?.GetAttribute("content") ?? "";
        return session;
    }

    /// <summary>Signs in a user in <paramref name="roles"/> who is given only <paramref name="cultures"/> (as a translator is).</summary>
    public static async Task<BackofficeSession> SignInWithCulturesAsync(HedershusFactory factory, string[] roles, string[] cultures)
    {
        var session = await SignInAsync(factory, roles);
        var userId = (await ManagementClient.ExpectAsync(
            await session.Http.PostAsJsonAsync(TestingSignInEndpoint.Path, new TestingSignInRequest(session.Email, roles)), HttpStatusCode.OK))["userId"]!.GetValue<string>();
        using (var admin = new ManagementClient(factory))
        {
            await ManagementClient.ExpectAsync(
                await admin.Http.PutAsJsonAsync($"{ManagementClient.Base}/users/{userId}", new { groups = roles, cultures, startNodes = Array.Empty<Guid>() }), HttpStatusCode.OK);
        }

        // The change renewed the user's security stamp: sign in again, as the user would after a minute.
        (await session.Http.PostAsJsonAsync(TestingSignInEndpoint.Path, new TestingSignInRequest(session.Email, roles))).EnsureSuccessStatusCode();
        var (_, start) = await session.GetAsync("/umbraco");
        session.Token = start.QuerySelector("meta[name=hedershus-antiforgery]")?.GetAttribute("content") ?? "";
        return session;
    }

    public async Task<(HttpResponseMessage Response, IHtmlDocument Page)> GetAsync(string path)
    {
        var response = await Http.GetAsync(path);
        return (response, await ParseAsync(response));
    }

    /// <summary>Posts a form (with the token unless <paramref name="withToken"/> is false).</summary>
    public async Task<(HttpResponseMessage Response, IHtmlDocument Page)> PostAsync(string path, IEnumerable<KeyValuePair<string, string>> fields, bool withToken = true)
    {
        var all = withToken ? fields.Append(new("__RequestVerificationToken", Token)) : fields;
        var response = await Http.PostAsync(path, new FormUrlEncodedContent(all));
        return (response, await ParseAsync(response));
    }

    public Task<(HttpResponseMessage Response, IHtmlDocument Page)> PostAsync(string path, params (string Name, string Value)[] fields) =>
        PostAsync(path, fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    /// <summary>Posts the form found by <paramref name="selector"/> on the page as a browser would, with some fields changed.</summary>
    public Task<(HttpResponseMessage Response, IHtmlDocument Page)> SubmitAsync(IHtmlDocument page, string selector, params (string Name, string Value)[] changes)
    {
        var form = page.QuerySelector(selector) as IHtmlFormElement ?? throw new InvalidOperationException($"No form '{selector}' on the page.");
        var fields = FormFields(form).Where(f => changes.All(c => c.Name != f.Key)).ToList();
        fields.AddRange(changes.Select(c => new KeyValuePair<string, string>(c.Name, c.Value)));
        return PostAsync(form.Action.Replace("https://localhost", "", StringComparison.Ordinal), fields, withToken: false);
    }

    public async Task<(HttpResponseMessage Response, IHtmlDocument Page)> UploadAsync(string path, byte[] file, string fileName, string contentType, params (string Name, string Value)[] fields)
    {
        using var body = new MultipartFormDataContent();
        body.Add(new StringContent(Token), "__RequestVerificationToken");
        foreach (var (name, value) in fields)
        {
            body.Add(new StringContent(value), name);
        }

        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        body.Add(content, "file", fileName);
        var response = await Http.PostAsync(path, body);
        return (response, await ParseAsync(response));
    }

    /// <summary>The successful fields of a form: text inputs, checked boxes, selected options, textareas.</summary>
    public static List<KeyValuePair<string, string>> FormFields(IHtmlFormElement form)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when input.Name is { Length: > 0 } name && input.Type is not ("submit" or "file"):
                    if (input.Type is "checkbox" or "radio" && !input.IsChecked)
                    {
                        break;
                    }

                    fields.Add(new(name, input.Value));
                    break;
                case IHtmlTextAreaElement area when area.Name is { Length: > 0 } name:
                    fields.Add(new(name, area.Value));
                    break;
                case IHtmlSelectElement select when select.Name is { Length: > 0 } name:
                    var chosen = select.Options.Where(o => o.IsSelected || o.HasAttribute("selected")).ToList();
                    if (chosen.Count == 0 && !select.IsMultiple && select.Options.Length > 0)
                    {
                        chosen.Add(select.Options[0]!); // a browser sends the first option of a single select
                    }

                    fields.AddRange(chosen.Distinct().Select(o => new KeyValuePair<string, string>(name, o.Value)));
                    break;
            }
        }

        return fields;
    }

    public static void AssertRedirect(HttpResponseMessage response, string startsWith)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Expected a redirect, got {(int)response.StatusCode}");
        Assert.StartsWith(startsWith, response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    private static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    public void Dispose() => Http.Dispose();
}
