using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Hedershus.Core.Media;
using Hedershus.Tests.Infrastructure;
using Hedershus.Web.Api.Management;
using Hedershus.Web.Backoffice.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Hedershus.Tests.Media;

/// <summary>Calls the media endpoints of one test host the way a backoffice or script would.</summary>
internal sealed class MediaApiClient(HostFixture host) : IDisposable
{
    public const string ManagementMedia = "/umbraco/management/api/v1/media";
    public const string DeliveryMedia = "/umbraco/delivery/api/v2/media";

    public HttpClient Http { get; } = CreateClient(host);

    public string MediaPath => host.Factory.Services.GetRequiredService<MediaFileStore>().Root;

    public static MultipartFormDataContent Form(byte[] bytes, string fileName, string? contentType, params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        if (contentType is not null)
        {
            file.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        form.Add(file, "file", fileName);
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        return form;
    }

    public async Task<HttpResponseMessage> PostUploadAsync(byte[] bytes, string fileName, string? contentType, params (string Name, string Value)[] fields)
    {
        using var form = Form(bytes, fileName, contentType, fields);
        return await Http.PostAsync(ManagementMedia, form);
    }

    /// <summary>Uploads and expects 201; returns the created item.</summary>
    public async Task<JsonElement> UploadAsync(byte[] bytes, string fileName, string contentType, params (string Name, string Value)[] fields)
    {
        using var response = await PostUploadAsync(bytes, fileName, contentType, fields);
        return await ReadAsync(response, HttpStatusCode.Created);
    }

    public async Task<JsonElement> CreateFolderAsync(string name, Guid? parentId = null)
    {
        using var response = await Http.PostAsJsonAsync($"{ManagementMedia}/folders", new { name, parentId });
        return await ReadAsync(response, HttpStatusCode.Created);
    }

    public async Task<JsonElement> GetJsonAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await Http.GetAsync(url);
        return await ReadAsync(response, expected);
    }

    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Every file under the media folder, relative to it.</summary>
    public IReadOnlySet<string> StoredFiles() =>
        Directory.Exists(MediaPath)
            ? Directory.EnumerateFiles(MediaPath, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(MediaPath, f)).ToHashSet()
            : new HashSet<string>();

    /// <summary>
    /// Sends a GET with the path exactly as given, straight into the host: HttpClient would resolve ".." and
    /// "%2e%2e" before sending, so a crafted path could never reach the server through it.
    /// </summary>
    public async Task<int> RawGetStatusAsync(string rawPath)
    {
        var context = await host.Factory.Server.SendAsync(c =>
        {
            c.Request.Method = HttpMethods.Get;
            c.Request.Path = PathString.FromUriComponent(rawPath);
        });
        return context.Response.StatusCode;
    }

    public void Dispose() => Http.Dispose();

    private static HttpClient CreateClient(HostFixture host)
    {
        var client = host.Factory.CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeys.HeaderName, HedershusFactory.ManagementApiKey);
        return client;
    }
}
