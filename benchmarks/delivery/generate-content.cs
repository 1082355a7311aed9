#:property PublishAot=false
#:property TreatWarningsAsErrors=false
// Writes a seed package with one home page, 100 landing pages and 99 guidance pages under each
// (10,001 nodes) in sv, en and ar, for the Delivery API benchmark.
// Usage: dotnet run generate-content.cs -- <output.json> [landingPages] [pagesPerLanding]
using System.Text.Json;
using System.Text.Json.Nodes;

var output = args.Length > 0 ? args[0] : "bench-content.json";
var landings = args.Length > 1 ? int.Parse(args[1]) : 100;
var perLanding = args.Length > 2 ? int.Parse(args[2]) : 99;
string[] cultures = ["sv", "en", "ar"];
var body = string.Concat(Enumerable.Repeat("<p>Stycke med vägledning om hedersrelaterat våld och förtryck, och om var du kan få hjälp och stöd.</p>", 12));

JsonObject Node(Guid key, string type, string name, JsonArray children, bool title)
{
    var culturesJson = new JsonObject();
    foreach (var culture in cultures)
    {
        var properties = new JsonObject { ["summary"] = $"{name} ({culture}) – en kort ingress om sidans innehåll." };
        if (title) { properties["title"] = $"{name} ({culture})"; }
        else { properties["body"] = body; }
        culturesJson[culture] = new JsonObject { ["name"] = $"{name} {culture}", ["properties"] = properties };
    }

    var node = new JsonObject { ["key"] = key.ToString(), ["contentType"] = type, ["cultures"] = culturesJson, ["children"] = children };
    if (type == "guidancePage") { node["properties"] = new JsonObject { ["audience"] = new JsonArray("young", "professionals"), ["topics"] = new JsonArray("forced-marriage") }; }
    return node;
}

Guid KeyOf(int a, int b) => new($"00000000-0000-4000-8000-{a:D4}{b:D8}");
var landingNodes = new JsonArray();
for (var l = 0; l < landings; l++)
{
    var pages = new JsonArray();
    for (var p = 0; p < perLanding; p++)
    {
        pages.Add((JsonNode)Node(KeyOf(l + 1, p + 1), "guidancePage", $"Vägledning {l}-{p}", [], title: false));
    }

    landingNodes.Add((JsonNode)Node(KeyOf(l + 1, 0), "landingPage", $"Ingång {l}", pages, title: true));
}

var package = new JsonObject { ["name"] = "benchmark", ["nodes"] = new JsonArray(Node(KeyOf(0, 0), "home", "Bänkhem", landingNodes, title: true)) };
File.WriteAllText(output, package.ToJsonString(new JsonSerializerOptions { WriteIndented = false }));
Console.WriteLine($"Wrote {1 + landings + landings * perLanding} nodes × {cultures.Length} cultures to {output}");
