using Hedershus.Core.Common;
using Hedershus.Core.Content.Import;
using Hedershus.Core.Search.Indexing;

namespace Hedershus.Web.Operations;

/// <summary>
/// <c>dotnet run --project src/Hedershus.Web -- import &lt;path&gt;</c>: imports a package or neutral corpus file
/// (or a folder of them) into the configured database, prints what happened, and exits.
/// </summary>
public static class ImportCommand
{
    /// <summary>The path to import when the arguments ask for it; the remaining arguments are the host's.</summary>
    public static (string? Path, string[] HostArgs) Parse(string[] args) =>
        args is ["import", var path, .. var rest] ? (path, rest) : (null, args);

    public static async Task<int> RunAsync(WebApplication app, string path)
    {
        await app.PrepareAsync(importSeed: false);
        var resolved = Resolve(path, app.Services.GetRequiredService<HedershusPaths>().Root);
        try
        {
            var result = await app.Services.GetRequiredService<ImportService>().ImportPathAsync(resolved, app.Lifetime.ApplicationStopping);
            await FinishSearchIndexAsync(app.Services);
            Console.WriteLine($"Import of {resolved}: {result}");
            return result.Errors.Count == 0 ? 0 : 1;
        }
        catch (Exception e) when (e is NotFoundException or InputValidationException)
        {
            Console.Error.WriteLine($"Import of {resolved} failed: {e.Message}");
            return 2;
        }
    }

    /// <summary>
    /// The command exits without running background work: a large import leaves the search index rebuilding in the
    /// background and nothing committed, so the next start would index every node again (time and memory while the
    /// site already serves). Finish it here and commit the journal position it reflects.
    /// </summary>
    private static async Task FinishSearchIndexAsync(IServiceProvider services)
    {
        var index = services.GetRequiredService<PublishedSearchIndex>();
        await index.WaitForRebuildAsync();
        await index.CommitIfDirtyAsync(CancellationToken.None);
    }

    /// <summary>
    /// A relative path is taken from the current folder, or else from the repository root: <c>dotnet run</c>
    /// starts the app in the project folder, while people type paths from the root.
    /// </summary>
    private static string Resolve(string path, string root)
    {
        var fromCurrent = Path.GetFullPath(path);
        var fromRoot = Path.GetFullPath(Path.Combine(root, path));
        return File.Exists(fromCurrent) || Directory.Exists(fromCurrent) || Path.IsPathRooted(path) ? fromCurrent : fromRoot;
    }
}
