using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Hedershus.SearchSpeed;

/// <summary>
/// The hub as it runs in production (every service, hosted services included) on an empty SQLite database in a
/// temp folder, without the seed or a job server; its search index lives in that folder too.
/// </summary>
public sealed class SpeedInstance : WebApplicationFactory<Program>
{
    public string DataPath { get; } = Path.Combine(Path.GetTempPath(), "hedershus-speed", Guid.NewGuid().ToString("N"));

    public SpeedInstance() => Directory.CreateDirectory(DataPath);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Benchmark");
        builder.UseContentRoot(WebProjectFolder());
        builder.UseSetting("Hedershus:DataPath", DataPath);
        builder.UseSetting("Hedershus:ImportSeedOnStart", "false");
        builder.UseSetting("Jobs:RunServer", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Hedershus.Core.Search", "Information");
        builder.UseSetting("Logging:LogLevel:Hedershus.Core.Common.MemoryCompactor", "Information");
    }

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

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try
        {
            Directory.Delete(DataPath, recursive: true);
        }
        catch (IOException)
        {
            // left for the OS to clean
        }

        GC.SuppressFinalize(this);
    }
}
