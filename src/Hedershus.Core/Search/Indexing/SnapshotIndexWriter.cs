using Hedershus.Core.Content.Published;
using Lucene.Net.Index;

namespace Hedershus.Core.Search.Indexing;

/// <summary>
/// Writes published snapshots into an index writer: everything at once for a full build, or the difference between
/// two snapshots for a batch of journal rows. Knows nothing of generations, commits or positions.
/// </summary>
public sealed class SnapshotIndexWriter(SearchableContentReader reader, SearchDocumentFactory documents)
{
    /// <summary>
    /// A full build into an empty writer, on every core, merged down to <paramref name="segments"/> segments at the end:
    /// each segment costs every later query one terms-dictionary seek per query term, so a freshly built index is
    /// merged once rather than searched as the dozen segments the parallel build leaves.
    /// </summary>
    public void WriteAll(IndexWriter writer, PublishedSnapshot snapshot, int segments, CancellationToken cancellationToken)
    {
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount), CancellationToken = cancellationToken };
        Parallel.ForEach(snapshot.All, parallel, node =>
        {
            foreach (var content in reader.Read(node))
            {
                writer.AddDocument(documents.Create(content), documents.AnalyzerFor(content.Culture));
            }
        });
        cancellationToken.ThrowIfCancellationRequested();
        writer.ForceMerge(Math.Max(1, segments));
    }

    /// <summary>
    /// Re-writes the documents of <paramref name="keys"/> whose snapshot record differs between <paramref name="before"/>
    /// and <paramref name="after"/> (or that are in <paramref name="changed"/>); a node gone from <paramref name="after"/>
    /// loses its documents.
    /// </summary>
    public void WriteDifference(IndexWriter writer, IEnumerable<Guid> keys, PublishedSnapshot? before, PublishedSnapshot after, HashSet<Guid> changed)
    {
        foreach (var key in keys)
        {
            var old = before?.Find(key);
            var current = after.Find(key);
            if (!changed.Contains(key) && ReferenceEquals(old, current))
            {
                continue; // the snapshot reuses unchanged records, so the same record means the same documents
            }

            writer.DeleteDocuments(new Term(IndexFields.Key, key.ToString("D")));
            if (current is not null)
            {
                foreach (var content in reader.Read(current))
                {
                    writer.AddDocument(documents.Create(content), documents.AnalyzerFor(content.Culture));
                }
            }
        }
    }

    /// <summary>
    /// Brings a generation built from <paramref name="built"/> up to <paramref name="latest"/>: the batches applied to
    /// the old generation while it was built.
    /// </summary>
    public void WriteSince(IndexWriter writer, PublishedSnapshot built, PublishedSnapshot latest)
    {
        if (!ReferenceEquals(latest, built))
        {
            var keys = built.All.Select(n => n.Key).Concat(latest.All.Select(n => n.Key)).ToHashSet();
            WriteDifference(writer, keys, built, latest, changed: []);
        }
    }

    /// <summary>The changed nodes and their descendants in either snapshot (routes move with their ancestors).</summary>
    public static HashSet<Guid> WithDescendants(IEnumerable<Guid> changed, PublishedSnapshot? before, PublishedSnapshot after)
    {
        var keys = new HashSet<Guid>(changed);
        foreach (var key in keys.ToList())
        {
            AddDescendants(keys, before, key);
            AddDescendants(keys, after, key);
        }

        return keys;
    }

    /// <summary>The node keys an index holds.</summary>
    public static IEnumerable<Guid> IndexedKeys(IndexReader indexReader)
    {
        var terms = MultiFields.GetTerms(indexReader, IndexFields.Key)?.GetEnumerator();
        while (terms is not null && terms.MoveNext())
        {
            if (Guid.TryParse(terms.Term.Utf8ToString(), out var key))
            {
                yield return key;
            }
        }
    }

    private static void AddDescendants(HashSet<Guid> keys, PublishedSnapshot? snapshot, Guid key)
    {
        if (snapshot?.Find(key) is { } node)
        {
            keys.UnionWith(snapshot.Descendants(node).Select(d => d.Key));
        }
    }
}
