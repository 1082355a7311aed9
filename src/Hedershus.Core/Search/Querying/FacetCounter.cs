using Lucene.Net.Index;

namespace Hedershus.Core.Search.Querying;

/// <summary>
/// Counts facet values of every collected document: per segment by ordinal into a small array (from the segment's
/// <see cref="SegmentFacetOrdinals"/>), turned into strings once per segment. No stored field is loaded.
/// </summary>
public sealed class FacetCounter
{
    private readonly IReadOnlyList<string> _fields;
    private readonly Dictionary<string, int>[] _totals;
    private readonly SegmentFacetOrdinals?[] _ordinals;
    private readonly int[][] _segment;

    public FacetCounter(IReadOnlyList<string> fields)
    {
        _fields = fields;
        _totals = [.. fields.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal))];
        _ordinals = new SegmentFacetOrdinals?[fields.Count];
        _segment = [.. fields.Select(_ => Array.Empty<int>())];
    }

    public void SetReader(AtomicReader reader)
    {
        Flush();
        for (var i = 0; i < _fields.Count; i++)
        {
            var ordinals = SegmentFacetOrdinals.For(reader, _fields[i]);
            _ordinals[i] = ordinals;
            _segment[i] = new int[ordinals.Values.Length];
        }
    }

    public void Count(int doc)
    {
        for (var i = 0; i < _ordinals.Length; i++)
        {
            _ordinals[i]?.Count(doc, _segment[i]);
        }
    }

    /// <summary>Counts per facet, most frequent first. Call after the last segment.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Result()
    {
        Flush();
        var result = new Dictionary<string, IReadOnlyDictionary<string, int>>(StringComparer.Ordinal);
        for (var i = 0; i < _fields.Count; i++)
        {
            result[_fields[i]] = _totals[i].OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal)
                .ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);
        }

        return result;
    }

    private void Flush()
    {
        for (var i = 0; i < _fields.Count; i++)
        {
            var counts = _segment[i];
            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] > 0)
                {
                    var value = _ordinals[i]!.Values[ord];
                    _totals[i][value] = _totals[i].GetValueOrDefault(value) + counts[ord];
                }
            }

            _segment[i] = [];
        }
    }
}
