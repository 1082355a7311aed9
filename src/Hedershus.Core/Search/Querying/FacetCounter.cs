using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Hedershus.Core.Search.Querying;

/// <summary>
/// Counts facet values of every collected document from doc values: per segment by ordinal into a small array,
/// turned into strings once per segment. No stored field is loaded.
/// </summary>
public sealed class FacetCounter
{
    private readonly IReadOnlyList<string> _fields;
    private readonly Dictionary<string, int>[] _totals;
    private readonly SortedSetDocValues?[] _values;
    private readonly int[][] _segment;

    public FacetCounter(IReadOnlyList<string> fields)
    {
        _fields = fields;
        _totals = [.. fields.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal))];
        _values = new SortedSetDocValues?[fields.Count];
        _segment = [.. fields.Select(_ => Array.Empty<int>())];
    }

    public void SetReader(AtomicReader reader)
    {
        Flush();
        for (var i = 0; i < _fields.Count; i++)
        {
            var values = reader.GetSortedSetDocValues(_fields[i]);
            _values[i] = values;
            _segment[i] = values is null ? [] : new int[values.ValueCount];
        }
    }

    public void Count(int doc)
    {
        for (var i = 0; i < _values.Length; i++)
        {
            var values = _values[i];
            if (values is null)
            {
                continue;
            }

            values.SetDocument(doc);
            for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
            {
                _segment[i][ord]++;
            }
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
        var scratch = new BytesRef();
        for (var i = 0; i < _fields.Count; i++)
        {
            var counts = _segment[i];
            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] > 0)
                {
                    _values[i]!.LookupOrd(ord, scratch);
                    var value = scratch.Utf8ToString();
                    _totals[i][value] = _totals[i].GetValueOrDefault(value) + counts[ord];
                }
            }

            _segment[i] = [];
        }
    }
}
