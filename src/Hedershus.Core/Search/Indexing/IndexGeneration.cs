using Lucene.Net.Analysis;
using Lucene.Net.Codecs;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Hedershus.Core.Search.Indexing;

/// <summary>
/// One physical index in a folder of its own: the writer that owns it and the searcher manager that reads it
/// near-real-time. A rebuild writes a new generation beside the live one and swaps.
/// </summary>
public sealed class IndexGeneration : IDisposable
{
    private IndexGeneration(string name, string folder, FSDirectory directory, IndexWriter writer)
    {
        Name = name;
        Folder = folder;
        Directory = directory;
        Writer = writer;
        Searchers = new SearcherManager(writer, applyAllDeletes: true, new Bm25SearcherFactory());
    }

    public string Name { get; }
    public string Folder { get; }
    public FSDirectory Directory { get; }
    public IndexWriter Writer { get; }
    public SearcherManager Searchers { get; }

    public static Similarity Similarity { get; } = new BM25Similarity();

    /// <summary>Opens the index in <paramref name="folder"/>, or creates an empty one there.</summary>
    public static IndexGeneration Open(string folder, Analyzer analyzer, bool create)
    {
        System.IO.Directory.CreateDirectory(folder);

        // Not FSDirectory.Open, which picks MMapDirectory on 64-bit Linux and Windows: in Lucene.NET 4.8.0-beta00017 it
        // reads mapped files a byte at a time through a view accessor and takes a lock to register every clone of an
        // input (each term seek clones one), which made it many times slower than buffered reads under concurrent
        // searches (apache/lucenenet#1151; the speed benchmark measured it). Nor NIOFSDirectory, which locks the file
        // for every buffer refill (see PositionalReadDirectory).
        var directory = new PositionalReadDirectory(folder);
        try
        {
            var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)
            {
                OpenMode = create ? OpenMode.CREATE : OpenMode.APPEND,
                Similarity = Similarity,
                RAMBufferSizeMB = 48,

                // Journal batches each flush a small segment, and every segment left costs each query a terms-dictionary
                // seek per query term. Counting segments under 32 MB as 32 MB (Lucene: 2 MB) and allowing 4 per tier
                // (Lucene: 10) merges those small ones soon, at little cost since they are small: the speed benchmark left
                // 16 segments after its 3,200 republished pages with only the tier change.
                MergePolicy = new TieredMergePolicy { SegmentsPerTier = 4, MaxMergeAtOnce = 4, FloorSegmentMB = 32 },
            };
            var writer = new IndexWriter(directory, config);
            try
            {
                return new IndexGeneration(Path.GetFileName(folder), folder, directory, writer);
            }
            catch
            {
                writer.Rollback();
                throw;
            }
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>What the last commit recorded (position, schema…).</summary>
    public IDictionary<string, string> CommitData => Writer.CommitData;

    public void Commit(IDictionary<string, string> data)
    {
        Writer.SetCommitData(data);
        Writer.Commit();
    }

    /// <summary>Makes everything written so far visible to new searches.</summary>
    public void Refresh() => Searchers.MaybeRefreshBlocking();

    /// <summary>
    /// Reads every file of the committed index once and checks its checksum, so damage is found at start-up rather
    /// than in a search. It reads through a directory that does not map the files: reading them through the searcher's
    /// memory-mapped directory would leave every page of the index in this process's working set.
    /// </summary>
    public void Verify()
    {
        using var files = new NIOFSDirectory(Folder);
        var commit = new SegmentInfos();
        commit.Read(files);
        foreach (var name in commit.GetFiles(files, includeSegmentsFile: true))
        {
            using var input = files.OpenInput(name, IOContext.READ_ONCE);
            CodecUtil.ChecksumEntireFile(input);
        }
    }

    /// <summary>Closes without committing what was not committed (for a generation that is replaced).</summary>
    public void Discard()
    {
        Searchers.Dispose();
        Writer.Rollback();
        Directory.Dispose();
    }

    public void Dispose()
    {
        Searchers.Dispose();
        Writer.Dispose();
        Directory.Dispose();
    }

    private sealed class Bm25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = Similarity };
    }
}
