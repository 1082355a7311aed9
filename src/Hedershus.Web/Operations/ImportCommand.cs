using Hedershus.Core.Content.Import;

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
        var result = await app.Services.GetRequiredService<ImportService>().ImportPathAsync(Path.GetFullPath(path), app.Lifetime.ApplicationStopping);
        Console.WriteLine($"Import of {path}: {result}");
        return result.Errors.Count == 0 ? 0 : 1;
    }
}
