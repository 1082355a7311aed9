#:property PublishAot=false
#:property TreatWarningsAsErrors=false
// Registrations for one seminar from N concurrent clients over HTTP (issue 6: ≥ 300/s on SQLite, ≥ 500/s on
// PostgreSQL, p99 ≤ 100 ms with 32 clients). Creates and publishes a seminar through the management API, then
// each client posts registrations with unique e-mail addresses for the given time, one after another.
// Usage: dotnet run registrations.cs -- <baseUrl> <managementApiKey> [clients=32] [seconds=20] [capacity=2000]
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

var baseUrl = args[0].TrimEnd('/');
var apiKey = args[1];
var clients = args.Length > 2 ? int.Parse(args[2]) : 32;
var seconds = args.Length > 3 ? int.Parse(args[3]) : 20;
var capacity = args.Length > 4 ? int.Parse(args[4]) : 2000;

using var management = new HttpClient { BaseAddress = new Uri(baseUrl) };
management.DefaultRequestHeaders.Add("Api-Key", apiKey);
var seminar = await CreateSeminarAsync(management, capacity);
using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients }) { BaseAddress = new Uri(baseUrl) };
var run = Guid.NewGuid().ToString("N")[..8];

async Task<(List<double> Latencies, ConcurrentDictionary<string, int> Outcomes)> LoadAsync(TimeSpan duration, string tag)
{
    var latencies = new ConcurrentBag<double>();
    var outcomes = new ConcurrentDictionary<string, int>();
    var stop = Stopwatch.StartNew();
    var counter = 0;
    await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
    {
        while (stop.Elapsed < duration)
        {
            var n = Interlocked.Increment(ref counter);
            var body = new
            {
                name = "Bänk Mätning", email = $"bench-{tag}-{run}-{n}@example.org", organisation = "Botkyrka kommun",
                organisationType = "kommun", municipality = "Botkyrka", role = "Socialsekreterare", consent = true, language = "sv",
            };
            var watch = Stopwatch.StartNew();
            using var response = await http.PostAsJsonAsync($"/api/seminars/{seminar}/registrations", body);
            var text = await response.Content.ReadAsStringAsync();
            latencies.Add(watch.Elapsed.TotalMilliseconds);
            var outcome = (int)response.StatusCode == 201 ? JsonNode.Parse(text)!["status"]!.GetValue<string>() : ((int)response.StatusCode).ToString();
            outcomes.AddOrUpdate(outcome, 1, (_, c) => c + 1);
        }
    })));
    return ([.. latencies.Order()], outcomes);
}

var (warmup, _) = await LoadAsync(TimeSpan.FromSeconds(3), "warmup");
var (measured, counts) = await LoadAsync(TimeSpan.FromSeconds(seconds), "measure");
Console.WriteLine($"posted {warmup.Count + measured.Count} registrations in all (warm-up included)");
double Percentile(double p) => measured[(int)Math.Min(measured.Count - 1, Math.Ceiling(p * measured.Count) - 1)];
Console.WriteLine($"{clients} clients, {seconds} s: {measured.Count / (double)seconds:F0} registrations/s; " +
    $"p50 {Percentile(0.50):F1} ms, p99 {Percentile(0.99):F1} ms, max {measured[^1]:F1} ms; " +
    string.Join(", ", counts.OrderBy(c => c.Key).Select(c => $"{c.Key} {c.Value}")));

static async Task<Guid> CreateSeminarAsync(HttpClient api, int capacity)
{
    const string documents = "/umbraco/management/api/v1/documents";
    var suffix = Guid.NewGuid().ToString("N")[..8];
    var home = await CreateAsync(api, new JsonObject
    {
        ["contentType"] = "home",
        ["cultures"] = new JsonObject { ["sv"] = new JsonObject { ["name"] = $"Bänk {suffix}", ["properties"] = new JsonObject { ["title"] = "Bänk" } } },
    });
    var start = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-ddT09:00:00Z");
    var end = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-ddT12:00:00Z");
    var seminar = await CreateAsync(api, new JsonObject
    {
        ["contentType"] = "seminar",
        ["parentId"] = home.ToString(),
        ["cultures"] = new JsonObject { ["sv"] = new JsonObject { ["name"] = $"Mätseminarium {suffix}", ["properties"] = new JsonObject { ["summary"] = "Mätning", ["location"] = "Stockholm" } } },
        ["properties"] = new JsonObject
        {
            ["startDate"] = start, ["capacity"] = capacity, ["waitingList"] = true,
            ["sessions"] = new JsonArray(new JsonObject { ["contentType"] = "seminarSession", ["properties"] = new JsonObject { ["start"] = start, ["end"] = end, ["place"] = "Stockholm", ["online"] = false } }),
        },
    });
    return seminar;

    async Task<Guid> CreateAsync(HttpClient client, JsonObject body)
    {
        var created = await client.PostAsJsonAsync(documents, body);
        var text = await created.Content.ReadAsStringAsync();
        if (!created.IsSuccessStatusCode) throw new InvalidOperationException($"create failed: {(int)created.StatusCode} {text}");
        var id = JsonNode.Parse(text)!["id"]!.GetValue<Guid>();
        (await client.PostAsJsonAsync($"{documents}/{id}/publish", new { cultures = Cultures })).EnsureSuccessStatusCode();
        return id;
    }
}

static partial class Program
{
    private static readonly string[] Cultures = ["sv"];
}
