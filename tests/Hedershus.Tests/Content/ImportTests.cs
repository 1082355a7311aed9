using Hedershus.Core.Content.Import;
using Hedershus.Core.Content.Published;
using Hedershus.Core.Data;
using Hedershus.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Hedershus.Tests.Content;

public abstract class ImportTests(DatabaseProvider provider)
{
    private static readonly Guid RootKey = Guid.Parse("0b5c6a4e-6f0e-4d55-8d7c-4d1a2f0b9a01");
    private static readonly Guid PageKey = Guid.Parse("0b5c6a4e-6f0e-4d55-8d7c-4d1a2f0b9a02");
    private static readonly Guid BrokenKey = Guid.Parse("0b5c6a4e-6f0e-4d55-8d7c-4d1a2f0b9a03");

    private const string Package = """
        {
          "name": "test-seed",
          "nodes": [
            {
              "key": "0b5c6a4e-6f0e-4d55-8d7c-4d1a2f0b9a01", "contentType": "testRoot",
              "cultures": { "sv": { "name": "Hem", "properties": { "title": "Välkommen" } },
                            "en": { "name": "Home", "properties": { "title": "Welcome" } } },
              "children": [
                { "key": "0b5c6a4e-6f0e-4d55-8d7c-4d1a2f0b9a02", "contentType": "testPage", "publish": ["sv"],
                  "cultures": { "sv": { "name": "Få hjälp nu", "properties": { "title": "Få hjälp nu" } },
                                "en": { "name": "Get help now", "properties": { "title": "Get help now" } } } },
                { "key": "0b5c6a4e-6f0e-4d55-8d7c-4d1a2f0b9a03", "contentType": "testPage",
                  "cultures": { "sv": { "name": "Saknar rubrik" } } }
              ]
            }
          ]
        }
        """;

    [Fact]
    public async Task The_seed_is_imported_on_first_start_and_a_second_import_changes_nothing()
    {
        var seedFolder = Directory.CreateTempSubdirectory("hedershus-seed-").FullName;
        await File.WriteAllTextAsync(Path.Combine(seedFolder, "seed.json"), Package);
        await using var factory = new HedershusFactory(await TestDatabase.CreateAsync(provider));
        factory.Settings["Hedershus:ModelsPath"] = ContentHost.ModelsPath;
        factory.Settings["Hedershus:ContentPath"] = seedFolder;
        factory.Settings["Hedershus:ImportSeedOnStart"] = "true";

        var snapshot = factory.Services.GetRequiredService<PublishedSnapshotService>().Current;

        Assert.Equal("Hem", snapshot.Find(RootKey)!.Cultures["sv"].Name);
        var page = snapshot.Find(PageKey)!;
        Assert.Equal("/fa-hjalp-nu/", page.Cultures["sv"].Route);
        Assert.False(page.Cultures.ContainsKey("en"));
        Assert.Null(snapshot.Find(BrokenKey));
        using var api = new ManagementClient(factory);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await api.Http.GetAsync($"{ManagementClient.Base}/documents/{BrokenKey}")).StatusCode);

        var again = await factory.Services.GetRequiredService<ImportService>().ImportPathAsync(seedFolder, CancellationToken.None);
        Assert.Equal(0, again.Created);
        Assert.Equal(2, again.Skipped);
        Assert.Contains(again.Errors, e => e.Contains(BrokenKey.ToString(), StringComparison.Ordinal) && e.Contains("title", StringComparison.Ordinal));
    }
}

public sealed class SqliteImportTests() : ImportTests(DatabaseProvider.Sqlite);

public sealed class PostgresImportTests() : ImportTests(DatabaseProvider.Postgres);
