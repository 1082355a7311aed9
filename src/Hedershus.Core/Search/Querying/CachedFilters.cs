using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Hedershus.Core.Search.Querying;

/// <summary>
/// The filters of searches (culture served, facet values) as per-segment bit sets, made at the first search that uses
/// them on a segment and kept while the segment lives. A search then only asks a bit of each candidate document, passed
/// down as its accepted documents, instead of leap-frogging a filter query's postings over every match of every tier.
/// A few combinations recur (the cultures, the facet values people pick); past <see cref="MaxFilters"/> a filter is
/// used uncached. Deleted documents are applied per search, so the cache survives an index refresh of its segment.
/// </summary>
internal static class CachedFilters
{
    /// <summary>At one bit per document and segment: 3 MB at 100,000 documents when full.</summary>
    public const int MaxFilters = 256;

    private static readonly ConcurrentDictionary<string, Filter> Known = new(StringComparer.Ordinal);

    public static Filter For(Query filter)
    {
        var key = filter.ToString();
        if (Known.TryGetValue(key, out var known))
        {
            return known;
        }

        var made = new BitSetFilter(new QueryWrapperFilter(filter));
        return Known.Count < MaxFilters ? Known.GetOrAdd(key, made) : made;
    }

    private sealed class BitSetFilter(Filter filter) : CachingWrapperFilter(filter)
    {
        /// <summary>A bit set, unlike the compressed set the base class keeps, answers random access.</summary>
        protected override DocIdSet DocIdSetToCache(DocIdSet docIdSet, AtomicReader reader)
        {
            var bits = new FixedBitSet(reader.MaxDoc);
            if (docIdSet?.GetIterator() is { } matches)
            {
                bits.Or(matches);
            }

            return bits;
        }
    }
}
