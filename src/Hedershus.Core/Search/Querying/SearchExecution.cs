using Hedershus.Core.Search.Analysis;
using Hedershus.Core.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.VectorHighlight;
using Lucene.Net.Util;

namespace Hedershus.Core.Search.Querying;

/// <summary>
/// Runs the tiers of one search on one searcher, sharing the set of found documents and the facet counts, then
/// loads and highlights only the requested page.
/// </summary>
public sealed class SearchExecution(IndexSearcher searcher, ValidSearch search, SnippetHighlighter highlighter)
{
    /// <summary>
    /// Everything a hit of the page shows, loaded in one pass: each load decompresses the hit's block of stored
    /// documents, and the highlighter would otherwise load the body (and the summary) once more on its own.
    /// </summary>
    private static readonly HashSet<string> PageFields =
        [IndexFields.Key, IndexFields.Culture, IndexFields.ContentType, IndexFields.Url, SearchFields.Name, SearchFields.Summary, SearchFields.Body];

    /// <summary>How many of a tier's best hits get its bonus (a re-ranking window, as Solr's and Elasticsearch's rescoring have).</summary>
    public const int BonusWindow = 100;

    private readonly FixedBitSet _seen = new(Math.Max(1, searcher.IndexReader.MaxDoc));
    private readonly FacetCounter _facets = new(SearchFacets.All);
    private readonly List<(SearchTier Tier, HitCollector Collector)> _tiers = [];

    /// <summary>Documents found so far, over all tiers.</summary>
    public int Total => _tiers.Sum(t => t.Collector.Count);

    /// <summary>
    /// The query with its multi-term parts (fuzzy variants) expanded on this searcher's index. Search and highlight
    /// with the expanded query, so the expansion — the costliest step of a typo tier — is done once, not twice.
    /// </summary>
    public Query Expand(Query query) => searcher.Rewrite(query);

    public void Run(SearchTier tier)
    {
        // A bonus can lift a hit from below the page into it, so the best of a wider window get it. A date sort
        // ranks by date; the bonus would only break ties.
        var bonus = search.Sort == SearchSort.Date || search.Needed == 0 ? null : tier.Bonus;
        var size = bonus is null ? search.Needed : Math.Max(search.Needed, BonusWindow);
        var collector = new HitCollector(_tiers.Count, size, search.Sort == SearchSort.Date, _seen, _facets);
        _tiers.Add((tier, collector));
        searcher.Search(tier.Query, collector);
        if (bonus is not null)
        {
            collector.AddBonus(searcher, bonus);
        }
    }

    /// <summary>The requested page, highlighted; TookMs is left for the caller to fill in.</summary>
    public SearchResult Finish(string? didYouMean)
    {
        var ranked = search.Sort == SearchSort.Date
            ? [.. _tiers.SelectMany(t => t.Collector.Ranked()).Order(HitCollector.NewestFirst)]
            : _tiers.SelectMany(t => t.Collector.Ranked()).ToList();
        var prepared = new Dictionary<int, FieldQuery>();
        var items = ranked.Skip(search.Skip).Take(search.PageSize).Select(hit => Item(hit, prepared)).ToList();
        var fallbacks = _tiers.Where(t => t.Tier.FallbackCulture is not null && t.Collector.Count > 0)
            .Select(t => t.Tier.FallbackCulture!).Distinct(StringComparer.Ordinal).ToList();
        return new SearchResult(Total, 0, items, _facets.Result(), didYouMean, fallbacks);
    }

    private SearchHit Item(CollectedHit hit, Dictionary<int, FieldQuery> prepared)
    {
        var document = searcher.Doc(hit.Doc, PageFields);
        if (!prepared.TryGetValue(hit.Tier, out var fieldQuery))
        {
            prepared[hit.Tier] = fieldQuery = highlighter.Prepare(_tiers[hit.Tier].Tier.Highlight, searcher.IndexReader);
        }

        // The highlighter weighs each matched term by its document frequency in the reader it is given: on the whole
        // index that is one terms-dictionary seek per segment per term, on the hit's own segment one. The weights only
        // order fragments of one document, so the segment's frequencies choose as well.
        var leaves = searcher.IndexReader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(hit.Doc, leaves)];
        var doc = hit.Doc - leaf.DocBase;
        var snippet = highlighter.Snippet(
            fieldQuery,
            new HighlightReader(leaf.AtomicReader, doc, document),
            doc,
            () => (document.Get(SearchFields.Summary) ?? "", document.Get(SearchFields.Body) ?? ""));
        return new SearchHit(
            Guid.Parse(document.Get(IndexFields.Key)),
            document.Get(IndexFields.ContentType) ?? "",
            document.Get(SearchFields.Name) ?? "",
            document.Get(IndexFields.Url),
            document.Get(IndexFields.Culture) ?? "",
            snippet,
            MathF.Round(hit.Score, 4));
    }
}
