using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hedershus.Tests.Infrastructure;
using static Hedershus.Tests.Infrastructure.ManagementClient;

namespace Hedershus.Tests.Search;

/// <summary>Content on the seed document types and searches of it, for search stories. Each test uses words of its own.</summary>
public sealed class SearchStory(HedershusFactory factory) : IDisposable
{
    public ManagementClient Api { get; } = new(factory);

    public HttpClient Http { get; } = factory.CreateClient();

    /// <summary>A word no other test uses and no analysis splits: letters only.</summary>
    public static string Word(string stem = "zq")
    {
        const string letters = "bdfgklmnprstv";
        const string vowels = "aeiou";
        var random = Random.Shared;
        var word = stem;
        for (var i = 0; i < 4; i++)
        {
            word += $"{letters[random.Next(letters.Length)]}{vowels[random.Next(vowels.Length)]}";
        }

        return word;
    }

    /// <summary>A published home page in sv, en and any <paramref name="others"/>, with segments of its own.</summary>
    public async Task<Guid> RootAsync(params string[] others)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var cultures = new JsonObject
        {
            ["sv"] = Culture($"Start {suffix}", new { title = "Start" }, $"start-{suffix}"),
            ["en"] = Culture($"Home {suffix}", new { title = "Home" }, $"home-{suffix}"),
        };
        foreach (var culture in others)
        {
            cultures[culture] = Culture($"Root {culture} {suffix}", new { title = "Root" }, $"{culture}-{suffix}");
        }

        var id = Id(await Api.CreateAsync("home", null, cultures));
        await Api.PublishAsync(id, ["sv", "en", .. others]);
        return id;
    }

    /// <summary>A guidance page (or another type) with a summary and rich-text body per culture, published unless told.</summary>
    public async Task<Guid> PageAsync(
        Guid parent,
        IReadOnlyDictionary<string, (string Name, string Summary, string Body)> cultures,
        object? properties = null,
        string contentType = "guidancePage",
        bool publish = true)
    {
        var input = new JsonObject();
        foreach (var (culture, (name, summary, body)) in cultures)
        {
            input[culture] = Culture(name, new { summary, body });
        }

        var id = Id(await Api.CreateAsync(contentType, parent, input, properties));
        if (publish)
        {
            await Api.PublishAsync(id, [.. cultures.Keys]);
        }

        return id;
    }

    public Task<Guid> PageAsync(Guid parent, string name, string summary, string body, object? properties = null, string contentType = "guidancePage") =>
        PageAsync(parent, new Dictionary<string, (string, string, string)> { ["sv"] = (name, summary, body) }, properties, contentType);

    public async Task<HttpResponseMessage> PostAsync(object request) => await Http.PostAsJsonAsync("/api/search", request);

    public async Task<JsonObject> SearchAsync(object request) => await ExpectAsync(await PostAsync(request), HttpStatusCode.OK);

    /// <summary>Searches until <paramref name="condition"/> holds (a change is searchable within a second), at most 5 s.</summary>
    public async Task<JsonObject> SearchUntilAsync(object request, Func<JsonObject, bool> condition)
    {
        var answer = await SearchAsync(request);
        for (var i = 0; i < 50 && !condition(answer); i++)
        {
            await Task.Delay(100);
            answer = await SearchAsync(request);
        }

        Assert.True(condition(answer), $"The search did not reach the expected state: {answer.ToJsonString()}");
        return answer;
    }

    public static IReadOnlyList<JsonObject> Items(JsonObject answer) => [.. answer["items"]!.AsArray().Select(i => i!.AsObject())];

    public static bool Has(JsonObject answer, Guid id) => Items(answer).Any(i => i["id"]!.GetValue<Guid>() == id);

    public static JsonObject Item(JsonObject answer, Guid id) => Items(answer).Single(i => i["id"]!.GetValue<Guid>() == id);

    public static int Facet(JsonObject answer, string facet, string value) => answer["facets"]![facet]![value]?.GetValue<int>() ?? 0;

    public void Dispose()
    {
        Api.Dispose();
        Http.Dispose();
    }
}
