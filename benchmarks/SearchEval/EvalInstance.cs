using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hedershus.Core.Content.Import;
using Hedershus.Core.Content.Published;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hedershus.SearchEval;

/// <summary>
/// A fresh hub on a temp data folder (SQLite, no seed, no job server) with the given search mode, the corpus
/// imported through the importer, and the real HTTP pipeline in process.
/// </summary>
public sealed class EvalInstance : WebApplicationFactory<Program>
{
    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "hedershus-eval", Guid.NewGuid().ToString("N"));
    private readonly string _mode;

    public EvalInstance(string mode)
    {
        _mode = mode;
        Directory.CreateDirectory(_dataPath);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Eval");
        builder.UseContentRoot(WebProjectFolder());
        builder.UseSetting("Hedershus:DataPath", _dataPath);
        builder.UseSetting("Hedershus:ImportSeedOnStart", "false");
        builder.UseSetting("Jobs:RunServer", "false");
        builder.UseSetting("Search:Mode", _mode);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }

    /// <summary>src/Hedershus.Web above the program's folder: the host's content root, whose umbraco/models it reads.</summary>
    private static string WebProjectFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var web = Path.Combine(dir.FullName, "src", "Hedershus.Web");
            if (Directory.Exists(web))
            {
                return web;
            }
        }

        throw new DirectoryNotFoundException("src/Hedershus.Web not found above " + AppContext.BaseDirectory);
    }

    public async Task ImportAsync(string corpus)
    {
        var result = await Services.GetRequiredService<ImportService>().ImportPathAsync(corpus, CancellationToken.None);
        if (result.Errors.Count > 0)
        {
            throw new InvalidOperationException($"The corpus did not import: {result}");
        }

        await Services.GetRequiredService<PublishedSnapshotService>().CatchUpFullyAsync(CancellationToken.None);
    }

    /// <summary>The node keys of the first 10 hits of POST /api/search.</summary>
    public static async Task<List<Guid>> SearchAsync(HttpClient client, string query, string culture)
    {
        var response = await client.PostAsJsonAsync("/api/search", new { q = query, culture, pageSize = Metrics.Depth });
        response.EnsureSuccessStatusCode();
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return [.. answer["items"]!.AsArray().Select(i => i!["id"]!.GetValue<Guid>())];
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try
        {
            Directory.Delete(_dataPath, recursive: true);
        }
        catch (IOException)
        {
            // left for the OS to clean
        }

        GC.SuppressFinalize(this);
    }
}
