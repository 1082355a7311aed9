using Hedershus.Core.Data;
using Hedershus.Tests.Infrastructure;

namespace Hedershus.Tests.Content.DocumentTypes;

/// <summary>A broken definition stops the host from starting, with a message naming the file and the property.</summary>
public abstract class DocumentTypeStartupTests(DatabaseProvider provider)
{
    [Fact]
    public async Task A_bad_models_folder_stops_start_up_with_the_file_and_property_named()
    {
        using var models = new ModelFolder()
            .With("home.json", ModelFolder.ValidHome)
            .WithProperty("broken.json", "broken", """{ "alias": "choice", "names": { "sv": "Val" }, "editor": "dropdown" }""");
        await using var factory = new HedershusFactory(await TestDatabase.CreateAsync(provider));
        factory.Settings["Hedershus:ModelsPath"] = models.Path;

        var error = Assert.ThrowsAny<Exception>(() => factory.Server);

        var message = string.Join(" | ", Chain(error).Select(e => e.Message));
        Assert.Contains("broken.json: property 'choice': a dropdown needs 'config.items'", message, StringComparison.Ordinal);
    }

    private static IEnumerable<Exception> Chain(Exception error)
    {
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            yield return e;
            if (e is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Chain))
                {
                    yield return inner;
                }
            }
        }
    }
}

public sealed class SqliteDocumentTypeStartupTests() : DocumentTypeStartupTests(DatabaseProvider.Sqlite);

public sealed class PostgresDocumentTypeStartupTests() : DocumentTypeStartupTests(DatabaseProvider.Postgres);
