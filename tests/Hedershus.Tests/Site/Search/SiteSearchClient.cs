using System.Net;
using Hedershus.Tests.Infrastructure;

namespace Hedershus.Tests.Site.Search;

/// <summary>The site's search form as a browser posts it: url-encoded fields, no cookie, no redirect.</summary>
public sealed class SiteSearchClient(HedershusFactory factory) : IDisposable
{
    public HttpClient Http { get; } = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });

    public async Task<HttpResponseMessage> PostAsync(string path, params (string Name, string Value)[] fields) =>
        await Http.PostAsync(path, new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))));

    /// <summary>Posts the form and returns the page, failing unless it answers 200.</summary>
    public async Task<string> PageAsync(string path, params (string Name, string Value)[] fields)
    {
        using var response = await PostAsync(path, fields);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode}");
        return html;
    }

    /// <summary>
    /// The seed is indexed from the change journal after start; searches answer once it is in. Waits at most 20 s, so
    /// a broken index fails here with a clear message rather than in each assertion.
    /// </summary>
    public async Task WaitForIndexAsync()
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if ((await PageAsync("/sok", ("q", "tvångsäktenskap"))).Contains("<mark>", StringComparison.Ordinal))
            {
                return;
            }

            await Task.Delay(200);
        }

        Assert.Fail("The seed never became searchable.");
    }

    public void Dispose() => Http.Dispose();
}
