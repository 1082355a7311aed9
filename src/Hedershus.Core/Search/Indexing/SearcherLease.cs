using Lucene.Net.Search;

namespace Hedershus.Core.Search.Indexing;

/// <summary>A searcher borrowed from an index; disposing gives it back, so a swapped-out generation can close.</summary>
public readonly struct SearcherLease(SearcherManager manager, IndexSearcher searcher) : IDisposable
{
    public IndexSearcher Searcher { get; } = searcher;

    public void Dispose() => manager.Release(Searcher);
}
