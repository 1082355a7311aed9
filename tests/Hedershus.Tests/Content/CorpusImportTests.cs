using Hedershus.Core.Content.Import;
using Hedershus.Core.Content.Published;
using Hedershus.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Hedershus.Tests.Content;

/// <summary>The neutral corpus format on the seed document types: keys kept, each document in its own culture.</summary>
public abstract class CorpusImportTests(HostFixture host)
{
    private const string Corpus = """
        [
          { "id": "d001", "key": "5e0f3b7c-1111-4c8e-9a11-000000000001", "culture": "sv", "contentType": "guidancePage",
            "name": "Tvångsäktenskap – vad säger lagen?", "summary": "Ingen får tvinga dig att gifta dig.",
            "body": "Första stycket om lagen.\n\nAndra stycket <med tecken> som måste kodas.",
            "audience": ["young", "perpetrators"], "topics": ["forced-marriage"] },
          { "id": "d002", "key": "5e0f3b7c-1111-4c8e-9a11-000000000002", "culture": "ar", "contentType": "guidancePage",
            "name": "الزواج القسري", "summary": "لا يحق لأحد أن يجبرك على الزواج.", "body": "نص.", "audience": ["young"], "topics": [] },
          { "id": "d003", "key": "5e0f3b7c-1111-4c8e-9a11-000000000003", "culture": "sv", "contentType": "helpService",
            "name": "Socialtjänsten i Huddinge", "summary": "Kontakta socialtjänsten.", "body": "Ring växeln.",
            "audience": ["everyone"], "topics": ["social-services"], "municipality": "Huddinge" }
        ]
        """;

    [Fact]
    public async Task Corpus_documents_are_published_in_their_culture_with_their_keys_and_mapped_fields()
    {
        var file = Path.Combine(host.Factory.Database.DataPath, "corpus.json");
        await File.WriteAllTextAsync(file, Corpus);

        var result = await host.Factory.Services.GetRequiredService<ImportService>().ImportPathAsync(file, CancellationToken.None);

        Assert.Empty(result.Errors);
        var snapshot = host.Factory.Services.GetRequiredService<PublishedSnapshotService>().Current;
        var guidance = snapshot.Find(Guid.Parse("5e0f3b7c-1111-4c8e-9a11-000000000001"))!;
        var sv = guidance.Cultures["sv"];
        Assert.Equal("/tvangsaktenskap-vad-sager-lagen/", sv.Route);
        Assert.Equal("<p>Första stycket om lagen.</p><p>Andra stycket &lt;med tecken&gt; som måste kodas.</p>", sv.Properties["body"].GetString());
        Assert.Equal(["young", "perpetrators"], sv.Properties["audience"].EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("/ar/", snapshot.Find(CorpusMapper.ContainerKey)!.Cultures["ar"].Route);
        Assert.Equal("kunskapsbank", snapshot.Find(CorpusMapper.ContainerKey)!.Cultures["ar"].Segment);
        var arabic = snapshot.Find(Guid.Parse("5e0f3b7c-1111-4c8e-9a11-000000000002"))!;
        Assert.Equal(["ar"], arabic.Cultures.Keys);
        var help = snapshot.Find(Guid.Parse("5e0f3b7c-1111-4c8e-9a11-000000000003"))!;
        Assert.Equal("Huddinge", help.Cultures["sv"].Properties["municipality"].GetString());
    }
}

public sealed class SqliteCorpusImportTests(SqliteHost host) : CorpusImportTests(host), IClassFixture<SqliteHost>;

public sealed class PostgresCorpusImportTests(PostgresHost host) : CorpusImportTests(host), IClassFixture<PostgresHost>;
