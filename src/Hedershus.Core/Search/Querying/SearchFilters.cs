using Hedershus.Core.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Hedershus.Core.Search.Querying;

/// <summary>Which documents a search may return: its culture (with configured fallbacks) and the chosen facet values.</summary>
public static class SearchFilters
{
    /// <summary>
    /// Documents in the first culture of <paramref name="chain"/>, and documents in a later culture of the chain
    /// for nodes not available in any earlier one, as the Delivery API serves a missing translation.
    /// </summary>
    public static Query Cultures(IReadOnlyList<string> chain) => ServedIn(chain, [.. Enumerable.Range(0, chain.Count)]);

    /// <summary>
    /// The documents the cultures at <paramref name="positions"/> of <paramref name="chain"/> serve: each culture's
    /// own documents, for nodes not available in any culture before it in the chain.
    /// </summary>
    public static Query ServedIn(IReadOnlyList<string> chain, IReadOnlyList<int> positions)
    {
        if (positions is [0])
        {
            return new TermQuery(new Term(IndexFields.Culture, chain[0]));
        }

        var any = new BooleanQuery();
        foreach (var i in positions)
        {
            var served = new BooleanQuery { { new TermQuery(new Term(IndexFields.Culture, chain[i])), Occur.MUST } };
            foreach (var earlier in chain.Take(i))
            {
                served.Add(new TermQuery(new Term(IndexFields.Available, earlier)), Occur.MUST_NOT);
            }

            any.Add(served, Occur.SHOULD);
        }

        return any;
    }

    /// <summary>Values of one facet are alternatives; all facets apply.</summary>
    public static IEnumerable<Query> Facets(IReadOnlyDictionary<string, IReadOnlyList<string>> filters)
    {
        foreach (var (field, values) in filters)
        {
            var any = new BooleanQuery();
            foreach (var value in values)
            {
                any.Add(new TermQuery(new Term(field, value)), Occur.SHOULD);
            }

            yield return any;
        }
    }

    /// <summary>Restricts <paramref name="query"/> without changing its scores (see <see cref="CachedFilters"/>).</summary>
    public static Query Restrict(Query query, Query culture, IEnumerable<Query> facets)
    {
        var filter = new BooleanQuery { { culture, Occur.MUST } };
        foreach (var facet in facets)
        {
            filter.Add(facet, Occur.MUST);
        }

        return new FilteredQuery(query, CachedFilters.For(filter));
    }
}
