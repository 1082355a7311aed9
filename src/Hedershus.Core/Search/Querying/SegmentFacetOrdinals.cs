using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Hedershus.Core.Search.Querying;

/// <summary>
/// The facet values of one field of one segment, in memory: each document's ordinals and the value of each ordinal.
/// Counting a result's facets reads them once per matching document; read from the doc values on disk that is a
/// buffered file read per document and field, the largest cost of a search that matches many documents. Kept per
/// segment core, so an index refresh that only adds segments or deletes documents reuses what is already loaded; a
/// segment merged away takes its ordinals with it. A few bytes per document and facet.
/// </summary>
internal sealed class SegmentFacetOrdinals
{
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, SegmentFacetOrdinals>> Loaded = new();

    private readonly int[] _starts;
    private readonly int[] _ordinals;

    private SegmentFacetOrdinals(int[] starts, int[] ordinals, string[] values)
    {
        _starts = starts;
        _ordinals = ordinals;
        Values = values;
    }

    /// <summary>The value of each ordinal.</summary>
    public string[] Values { get; }

    /// <summary>The ordinals of <paramref name="field"/> in <paramref name="segment"/>, loaded at the first search that counts them.</summary>
    public static SegmentFacetOrdinals For(AtomicReader segment, string field) =>
        Loaded.GetValue(segment.CoreCacheKey, _ => new ConcurrentDictionary<string, SegmentFacetOrdinals>(StringComparer.Ordinal))
            .GetOrAdd(field, f => Load(segment, f));

    /// <summary>Adds one to the count of each value <paramref name="doc"/> has.</summary>
    public void Count(int doc, int[] counts)
    {
        for (var i = _starts[doc]; i < _starts[doc + 1]; i++)
        {
            counts[_ordinals[i]]++;
        }
    }

    private static SegmentFacetOrdinals Load(AtomicReader segment, string field)
    {
        var docValues = segment.GetSortedSetDocValues(field);
        var starts = new int[segment.MaxDoc + 1];
        if (docValues is null)
        {
            return new SegmentFacetOrdinals(starts, [], []);
        }

        var ordinals = new List<int>(segment.MaxDoc);
        for (var doc = 0; doc < segment.MaxDoc; doc++)
        {
            starts[doc] = ordinals.Count;
            docValues.SetDocument(doc);
            for (var ord = docValues.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = docValues.NextOrd())
            {
                ordinals.Add((int)ord);
            }
        }

        starts[segment.MaxDoc] = ordinals.Count;
        var values = new string[docValues.ValueCount];
        var scratch = new BytesRef();
        for (var ord = 0; ord < values.Length; ord++)
        {
            docValues.LookupOrd(ord, scratch);
            values[ord] = scratch.Utf8ToString();
        }

        return new SegmentFacetOrdinals(starts, [.. ordinals], values);
    }
}
