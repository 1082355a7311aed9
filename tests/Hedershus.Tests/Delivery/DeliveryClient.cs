using System.Net;
using System.Text.Json.Nodes;
using Hedershus.Tests.Infrastructure;

namespace Hedershus.Tests.Delivery;

/// <summary>The Delivery API as a front-end calls it: headers per request, redirects not followed.</summary>
public sealed class DeliveryClient(HedershusFactory factory) : IDisposable
{
    public const string Base = "/umbraco/delivery/api/v2";

    public HttpClient Http { get; } = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>GET <paramref name="relative"/> (below the API base) with the Delivery headers given.</summary>
    public async Task<HttpResponseMessage> GetAsync(
        string relative, string? culture = null, Guid? startItem = null, bool preview = false, string? apiKey = null, string? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Base + relative, UriKind.Relative));
        if (culture is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", culture);
        }

        if (startItem is not null)
        {
            request.Headers.Add("Start-Item", startItem.Value.ToString());
        }

        if (preview)
        {
            request.Headers.Add("Preview", "true");
        }

        if (apiKey is not null)
        {
            request.Headers.Add("Api-Key", apiKey);
        }

        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        return await Http.SendAsync(request);
    }

    /// <summary>An item (200 expected).</summary>
    public async Task<JsonObject> ItemAsync(string relative, string? culture = null, Guid? startItem = null) =>
        await ManagementClient.ExpectAsync(await GetAsync(relative, culture, startItem), HttpStatusCode.OK);

    /// <summary>A query below a start item (200 expected).</summary>
    public async Task<JsonObject> QueryAsync(string queryString, Guid? startItem = null, string? culture = null) =>
        await ManagementClient.ExpectAsync(await GetAsync("/content?" + queryString, culture, startItem), HttpStatusCode.OK);

    /// <summary>The names of a query's items, in order.</summary>
    public async Task<List<string>> NamesAsync(string queryString, Guid? startItem = null, string? culture = null) =>
        Names(await QueryAsync(queryString, startItem, culture));

    public static List<string> Names(JsonObject page) =>
        page["items"]!.AsArray().Select(i => i!["name"]!.GetValue<string>()).ToList();

    public void Dispose() => Http.Dispose();
}
