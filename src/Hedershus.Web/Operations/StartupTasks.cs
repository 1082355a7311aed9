using Hedershus.Core.Content.Import;
using Hedershus.Core.Content.Published;
using Hedershus.Core.Data;

namespace Hedershus.Web.Operations;

/// <summary>What must be ready before the first request: the schema, the published snapshot, the seed content.</summary>
public static class StartupTasks
{
    public static async Task PrepareAsync(this WebApplication app, bool importSeed = true)
    {
        var stopping = app.Lifetime.ApplicationStopping;
        await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(stopping);
        await app.Services.GetRequiredService<PublishedSnapshotService>().RebuildAsync(stopping);
        if (importSeed)
        {
            await app.Services.GetRequiredService<ImportService>().ImportSeedIfEmptyAsync(stopping);
        }
    }
}
