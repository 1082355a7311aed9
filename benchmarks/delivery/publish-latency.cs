#:property PublishAot=false
#:property TreatWarningsAsErrors=false
// Publish → visible in the Delivery API: saves and publishes one page N times through the management API and
// measures, for each round, the time from the publish request until the Delivery API serves the new name.
// Usage: dotnet run publish-latency.cs -- <baseUrl> <managementApiKey> <pageKey> [rounds]
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

var baseUrl = args[0].TrimEnd('/');
var apiKey = args[1];
var key = args[2];
var rounds = args.Length > 3 ? int.Parse(args[3]) : 200;
using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
http.DefaultRequestHeaders.Add("Api-Key", apiKey);
var management = $"/umbraco/management/api/v1/documents/{key}";
var latencies = new List<double>();
for (var i = 0; i < rounds; i++)
{
    var document = (await http.GetFromJsonAsync<JsonObject>(management))!;
    var sv = document["cultures"]!["sv"]!.AsObject();
    var name = $"Vägledning mätning {i}";
    var update = new JsonObject
    {
        ["revision"] = document["revision"]!.GetValue<int>(),
        ["cultures"] = new JsonObject { ["sv"] = new JsonObject { ["name"] = name, ["segment"] = sv["segment"]!.GetValue<string>(), ["properties"] = sv["properties"]!.DeepClone() } },
    };
    (await http.PutAsJsonAsync(management, update)).EnsureSuccessStatusCode();

    var watch = Stopwatch.StartNew();
    (await http.PostAsJsonAsync($"{management}/publish", new { cultures = new[] { "sv" } })).EnsureSuccessStatusCode();
    while (true)
    {
        var item = await http.GetFromJsonAsync<JsonObject>($"/umbraco/delivery/api/v2/content/item/{key}");
        if (item!["name"]!.GetValue<string>() == name)
        {
            break;
        }
    }

    latencies.Add(watch.Elapsed.TotalMilliseconds);
}

latencies.Sort();
double Percentile(double p) => latencies[(int)Math.Min(latencies.Count - 1, Math.Ceiling(p * latencies.Count) - 1)];
Console.WriteLine($"publish → visible over {rounds} rounds: p50 {Percentile(0.50):F1} ms, p99 {Percentile(0.99):F1} ms, max {latencies[^1]:F1} ms");
