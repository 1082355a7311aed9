using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Hedershus.Core.Search.Querying;

/// <summary>A ranked hit: the global document number, its score, its date and the tier that found it.</summary>
public readonly record struct CollectedHit(int Doc, float Score, long Date, int Tier);

/// <summary>
/// Collects one tier of a search in a single pass: skips documents an earlier tier found, counts facets of the
/// rest, and keeps the best <c>size</c> by score or date. Every matching document is visited once, so the
/// total and the facets cover the whole result while only a page is ranked.
/// </summary>
public sealed class HitCollector(int tier, int size, bool byDate, FixedBitSet seen, FacetCounter facets) : ICollector
{
    private static readonly Comparer<CollectedHit> ByScore = Comparer<CollectedHit>.Create((a, b) => a.Score != b.Score ? a.Score.CompareTo(b.Score) : b.Doc.CompareTo(a.Doc));
    private static readonly Comparer<CollectedHit> ByDate = Comparer<CollectedHit>.Create((a, b) => a.Date != b.Date ? a.Date.CompareTo(b.Date) : a.Score.CompareTo(b.Score));

    private readonly PriorityQueue<CollectedHit, CollectedHit> _worstFirst = new(byDate ? ByDate : ByScore);
    private Scorer? _scorer;
    private NumericDocValues? _dates;
    private int _docBase;

    /// <summary>Documents this tier added to the result.</summary>
    public int Count { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        _docBase = context.DocBase;
        facets.SetReader(context.AtomicReader);
        _dates = byDate ? context.AtomicReader.GetNumericDocValues(Indexing.IndexFields.Updated) : null;
    }

    public void Collect(int doc)
    {
        var global = _docBase + doc;
        if (seen.Get(global))
        {
            return;
        }

        seen.Set(global);
        Count++;
        facets.Count(doc);
        if (size == 0)
        {
            return;
        }

        var hit = new CollectedHit(global, _scorer?.GetScore() ?? 0f, _dates?.Get(doc) ?? 0, tier);
        if (_worstFirst.Count < size)
        {
            _worstFirst.Enqueue(hit, hit);
        }
        else if ((byDate ? ByDate : ByScore).Compare(hit, _worstFirst.Peek()) > 0)
        {
            _worstFirst.EnqueueDequeue(hit, hit);
        }
    }

    /// <summary>
    /// Adds the score of <paramref name="bonus"/> to each kept hit it matches, as Lucene's <c>QueryRescorer</c> does:
    /// the kept hits in document order, one scorer per segment advanced from hit to hit.
    /// </summary>
    public void AddBonus(IndexSearcher searcher, Query bonus)
    {
        var hits = _worstFirst.UnorderedItems.Select(i => i.Element).OrderBy(h => h.Doc).ToList();
        var weight = searcher.CreateNormalizedWeight(bonus);
        var leaves = searcher.IndexReader.Leaves;
        AtomicReaderContext? leaf = null;
        Scorer? scorer = null;
        _worstFirst.Clear();
        foreach (var hit in hits)
        {
            if (leaf is null || hit.Doc >= leaf.DocBase + leaf.AtomicReader.MaxDoc)
            {
                leaf = leaves[ReaderUtil.SubIndex(hit.Doc, leaves)];
                scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            }

            var doc = hit.Doc - leaf.DocBase;
            if (scorer is not null && scorer.DocID < doc)
            {
                scorer.Advance(doc);
            }

            var scored = scorer?.DocID == doc ? hit with { Score = hit.Score + scorer.GetScore() } : hit;
            _worstFirst.Enqueue(scored, scored);
        }
    }

    /// <summary>The kept hits, best first.</summary>
    public List<CollectedHit> Ranked()
    {
        var hits = _worstFirst.UnorderedItems.Select(i => i.Element).ToList();
        hits.Sort(byDate ? ByDate : ByScore);
        hits.Reverse();
        return hits;
    }

    /// <summary>Orders hits of several tiers for a date sort: newest first, then by score.</summary>
    public static IComparer<CollectedHit> NewestFirst { get; } = Comparer<CollectedHit>.Create((a, b) => ByDate.Compare(b, a));
}
