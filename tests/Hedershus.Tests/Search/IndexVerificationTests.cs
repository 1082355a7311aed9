using Hedershus.Core.Search.Indexing;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace Hedershus.Tests.Search;

/// <summary>Start-up verification reads every byte of the index: damage that opening it does not notice is found.</summary>
public sealed class IndexVerificationTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "hedershus-verify-" + Guid.NewGuid().ToString("N"));
    private readonly WhitespaceAnalyzer _analyzer = new(LuceneVersion.LUCENE_48);

    [Fact]
    public void An_intact_index_verifies()
    {
        WriteIndexWithLargeStoredField();

        using var generation = IndexGeneration.Open(_folder, _analyzer, create: false);
        generation.Verify();
    }

    [Fact]
    public void A_damaged_byte_in_stored_data_opens_but_fails_verification()
    {
        WriteIndexWithLargeStoredField();
        var largest = Directory.EnumerateFiles(_folder).Where(f => Path.GetFileName(f) != "write.lock").MaxBy(f => new FileInfo(f).Length)!;
        var bytes = File.ReadAllBytes(largest);
        bytes[bytes.Length / 2] ^= 0xFF; // inside the stored text: headers, footers and the term index are intact
        File.WriteAllBytes(largest, bytes);

        using var generation = IndexGeneration.Open(_folder, _analyzer, create: false);
        Assert.ThrowsAny<IOException>(generation.Verify);
    }

    private void WriteIndexWithLargeStoredField()
    {
        // Random letters do not compress, so the stored text fills most of the largest file.
        var random = new Random(7);
        var text = new string([.. Enumerable.Range(0, 200_000).Select(_ => (char)('a' + random.Next(26)))]);
        using var generation = IndexGeneration.Open(_folder, _analyzer, create: true);
        generation.Writer.AddDocument(new Document { new StringField("key", "k", Field.Store.YES), new StoredField("body", text) });
        generation.Commit(new Dictionary<string, string>());
    }

    public void Dispose()
    {
        _analyzer.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
