using Hedershus.Core.Common;
using Hedershus.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hedershus.Core.Content.Import;

/// <summary>Imports package files and neutral corpus files; imports the seed on first start.</summary>
public sealed class ImportService(
    ContentImporter importer,
    CorpusMapper corpus,
    HedershusPaths paths,
    IOptions<HedershusOptions> options,
    IServiceScopeFactory scopes,
    ILogger<ImportService> logger)
{
    /// <summary>Imports a file or every JSON file of a folder (packages and corpus files alike).</summary>
    public async Task<ImportResult> ImportPathAsync(string path, CancellationToken cancellationToken)
    {
        var total = new ImportResult(0, 0, []);
        foreach (var file in ContentPackageReader.Files(path))
        {
            var nodes = ContentPackageReader.IsCorpus(file)
                ? [corpus.Map(ContentPackageReader.ReadCorpus(file))]
                : ContentPackageReader.ReadPackage(file).Nodes;
            var result = await importer.ImportAsync(nodes, parentKey: null, cancellationToken);
            logger.LogInformation("Imported {File}: {Created} created, {Skipped} already present, {Failed} failed", Path.GetFileName(file), result.Created, result.Skipped, result.Errors.Count);
            total = new ImportResult(total.Created + result.Created, total.Skipped + result.Skipped, [.. total.Errors, .. result.Errors]);
        }

        return total;
    }

    /// <summary>On a database without content, imports the seed packages from <c>umbraco/content</c>.</summary>
    public async Task ImportSeedIfEmptyAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.ImportSeedOnStart || !Directory.Exists(paths.ContentPath))
        {
            return;
        }

        await using (var scope = scopes.CreateAsyncScope())
        {
            if (await scope.ServiceProvider.GetRequiredService<HedershusDbContext>().ContentNodes.AnyAsync(cancellationToken))
            {
                return;
            }
        }

        var result = await ImportPathAsync(paths.ContentPath, cancellationToken);
        foreach (var error in result.Errors)
        {
            logger.LogWarning("Seed import: {Error}", error);
        }
    }
}
