using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Hedershus.Tests.Infrastructure;

/// <summary>The management API as a test story uses it: create, save, publish, and read back.</summary>
public sealed class ManagementClient : IDisposable
{
    public const string Base = "/umbraco/management/api/v1";

    public ManagementClient(HedershusFactory factory)
    {
        Http = factory.CreateClient();
        Http.DefaultRequestHeaders.Add("Api-Key", HedershusFactory.ManagementApiKey);
    }

    public HttpClient Http { get; }

    public static JsonObject Culture(string name, object? properties = null, string? segment = null)
    {
        var culture = new JsonObject { ["name"] = name, ["properties"] = JsonSerializer.SerializeToNode(properties ?? new { }) };
        if (segment is not null)
        {
            culture["segment"] = segment;
        }

        return culture;
    }

    /// <summary>Creates a node and returns its document; fails the test unless the API answers 201.</summary>
    public async Task<JsonObject> CreateAsync(string contentType, Guid? parentId, JsonObject cultures, object? properties = null)
    {
        var body = new JsonObject { ["contentType"] = contentType, ["parentId"] = parentId?.ToString(), ["cultures"] = cultures };
        if (properties is not null)
        {
            body["properties"] = JsonSerializer.SerializeToNode(properties);
        }

        return await ExpectAsync(await Http.PostAsJsonAsync($"{Base}/documents", body), HttpStatusCode.Created);
    }

    /// <summary>Creates and publishes a page with a title in each named culture ("sv" → "Namn").</summary>
    public async Task<Guid> CreatePublishedAsync(string contentType, Guid? parentId, params (string Culture, string Name)[] cultures)
    {
        var input = new JsonObject();
        foreach (var (culture, name) in cultures)
        {
            input[culture] = Culture(name, new { title = name });
        }

        var created = await CreateAsync(contentType, parentId, input);
        var id = Id(created);
        await PublishAsync(id, cultures.Select(c => c.Culture).ToArray());
        return id;
    }

    /// <summary>A published root of its own: roots share one level, so each test's root gets a unique name.</summary>
    public Task<Guid> CreatePublishedRootAsync(string contentType, params string[] cultures)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        return CreatePublishedAsync(contentType, null, cultures.Select(c => (c, $"Rot {c} {suffix}")).ToArray());
    }

    public async Task<JsonObject> PublishAsync(Guid id, params string[] cultures) =>
        await ExpectAsync(await Http.PostAsJsonAsync($"{Base}/documents/{id}/publish", new { cultures }), HttpStatusCode.OK);

    public async Task<JsonObject> GetAsync(Guid id) =>
        await ExpectAsync(await Http.GetAsync($"{Base}/documents/{id}"), HttpStatusCode.OK);

    public static Guid Id(JsonObject document) => document["id"]!.GetValue<Guid>();

    public static async Task<JsonObject> ExpectAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? [] : JsonNode.Parse(text)!.AsObject();
    }

    /// <summary>Asserts a ProblemDetails with the status, naming <paramref name="field"/> among its errors when given.</summary>
    public static async Task<JsonObject> ExpectProblemAsync(HttpResponseMessage response, HttpStatusCode expected, string? field = null)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await ExpectAsync(response, expected);
        if (field is not null)
        {
            var errors = problem["errors"]?.AsObject();
            Assert.True(errors?.ContainsKey(field) == true, $"Expected an error for '{field}', got: {problem.ToJsonString()}");
        }

        return problem;
    }

    public void Dispose() => Http.Dispose();
}
