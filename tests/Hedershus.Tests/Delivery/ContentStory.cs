using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hedershus.Tests.Infrastructure;
using static Hedershus.Tests.Infrastructure.ManagementClient;

namespace Hedershus.Tests.Delivery;

/// <summary>Builds content through the management API for Delivery API stories: a site of its own per test.</summary>
public sealed class ContentStory(ManagementClient api)
{
    /// <summary>A published root with a unique segment per culture ("rot-…" in sv, "root-…" in en).</summary>
    public async Task<Guid> RootAsync(params string[] cultures)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var input = new JsonObject();
        foreach (var culture in cultures.Length == 0 ? ["sv", "en"] : cultures)
        {
            var name = culture == "sv" ? $"Rot {suffix}" : $"Root {suffix}";
            input[culture] = Culture(name, new { title = name }, segment: culture == "sv" ? $"rot-{suffix}" : $"{culture}-root-{suffix}");
        }

        var id = Id(await api.CreateAsync("testRoot", null, input));
        await api.PublishAsync(id, cultures.Length == 0 ? ["sv", "en"] : cultures);
        return id;
    }

    /// <summary>
    /// A test page under <paramref name="parent"/>, named per culture ("sv" → "Namn"), with invariant properties;
    /// published in every culture named unless <paramref name="publish"/> is false.
    /// </summary>
    public async Task<Guid> PageAsync(Guid parent, IReadOnlyDictionary<string, string> names, object? properties = null, bool publish = true, string contentType = "testPage")
    {
        var input = new JsonObject();
        foreach (var (culture, name) in names)
        {
            input[culture] = contentType == "testInvariant" ? Culture(name) : Culture(name, new { title = name });
        }

        var id = Id(await api.CreateAsync(contentType, parent, input, properties));
        if (publish)
        {
            await api.PublishAsync(id, [.. names.Keys]);
        }

        return id;
    }

    public Task<Guid> PageAsync(Guid parent, string svName, object? properties = null, bool publish = true) =>
        PageAsync(parent, new Dictionary<string, string> { ["sv"] = svName }, properties, publish);

    /// <summary>Saves new values for one culture of a page (name, segment, title), keeping the rest.</summary>
    public async Task SaveAsync(Guid id, string culture, string name, string? segment = null, object? properties = null)
    {
        var revision = (await api.GetAsync(id))["revision"]!.GetValue<int>();
        var body = new JsonObject
        {
            ["revision"] = revision,
            ["cultures"] = new JsonObject { [culture] = Culture(name, properties ?? new { title = name }, segment) },
        };
        await ExpectAsync(await api.Http.PutAsJsonAsync($"{Base}/documents/{id}", body), HttpStatusCode.OK);
    }

    public Task PublishAsync(Guid id, params string[] cultures) => api.PublishAsync(id, cultures);

    public async Task UnpublishAsync(Guid id, params string[] cultures) =>
        await ExpectAsync(await api.Http.PostAsJsonAsync($"{Base}/documents/{id}/unpublish", new { cultures }), HttpStatusCode.OK);

    public static string RoutePath(JsonNode item) => item["route"]!["path"]!.GetValue<string>();
}
