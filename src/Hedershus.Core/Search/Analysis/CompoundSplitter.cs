using System.Collections.Concurrent;

namespace Hedershus.Core.Search.Analysis;

/// <summary>
/// Splits a (stemmed) Swedish compound into the words it is made of: "tvångsäktenskap" → tvång + äktenskap,
/// "riskbedömningsverktyg" → risk + bedömning + verktyg. Unlike Lucene's DictionaryCompoundWordTokenFilter,
/// which emits every dictionary word found anywhere inside a token ("skap", "ring", "arm" …), this finds a
/// segmentation of the whole word into dictionary words, with the fewest parts, allowing the linking letters
/// Swedish puts between parts (heder-s-mord, kvinn-o-frid, res-e-förbud). A part that is itself a compound is
/// split again. Parts come out in the form the chain's stemmer gives the word alone, so they match it.
/// </summary>
internal sealed class CompoundSplitter
{
    /// <summary>Tokens shorter than this are never split.</summary>
    public const int MinWordLength = 6;

    /// <summary>Dictionary parts shorter than this are ignored (besides the particles below).</summary>
    public const int MinPartLength = 3;

    private static readonly char[] Linkers = ['s', 'e', 'a', 'o', 'u'];

    /// <summary>Short verb particles that start many compounds (ut-resa, av-brott, in-sats); matched but not emitted.</summary>
    private static readonly HashSet<string> Particles = ["ut", "in", "av", "på", "pa", "om"];

    /// <summary>Split results kept per word: words repeat (Zipf), and segmenting one costs a quadratic search.</summary>
    private const int MaxRemembered = 100_000;

    private readonly Dictionary<string, string> _parts;
    private readonly ConcurrentDictionary<string, string[]> _remembered = new(StringComparer.Ordinal);

    /// <param name="parts">Each key is a spelling a part can have inside a compound (the word, its stem); the value is what to emit.</param>
    public CompoundSplitter(IReadOnlyDictionary<string, string> parts)
    {
        _parts = new Dictionary<string, string>(parts, StringComparer.Ordinal);
    }

    public int Count => _parts.Count;

    /// <summary>The parts of <paramref name="word"/>, deepest splits included, or empty when it is no known compound.</summary>
    public IReadOnlyList<string> Split(string word)
    {
        if (_remembered.TryGetValue(word, out var known))
        {
            return known;
        }

        var result = new List<string>();
        Collect(word, result, depth: 0);
        result.Remove(word);
        string[] parts = [.. result];
        if (_remembered.Count < MaxRemembered)
        {
            _remembered.TryAdd(word, parts);
        }

        return parts;
    }

    private void Collect(string word, List<string> result, int depth)
    {
        if (word.Length < MinWordLength || depth > 3)
        {
            return;
        }

        var segments = Segment(word);
        if (segments is null)
        {
            return;
        }

        foreach (var segment in segments)
        {
            if (_parts.TryGetValue(segment, out var emitted) && emitted.Length >= MinPartLength && !result.Contains(emitted))
            {
                result.Add(emitted);
            }

            Collect(segment, result, depth + 1);
        }
    }

    /// <summary>
    /// The best segmentation into at least two parts (linking letters dropped), or null. A word that is itself in
    /// the dictionary is never split: listing "samtal" or "planering" keeps them from becoming sam + tal, plan + ring.
    /// </summary>
    private List<string>? Segment(string word)
    {
        if (_parts.ContainsKey(word))
        {
            return null;
        }

        var n = word.Length;
        var best = new (int Parts, int Linkers, int From, int PartEnd)[n + 1];
        Array.Fill(best, (int.MaxValue, int.MaxValue, -1, -1));
        best[0] = (0, 0, -1, -1);
        for (var end = 1; end <= n; end++)
        {
            for (var start = 0; start < end; start++)
            {
                if (best[start].Parts == int.MaxValue || (start == 0 && end == n))
                {
                    continue;
                }

                Consider(word, best, start, end, end, linker: 0);
                if (end < n && end - start > MinPartLength && Array.IndexOf(Linkers, word[end - 1]) >= 0)
                {
                    Consider(word, best, start, end - 1, end, linker: 1);
                }
            }
        }

        return best[n].Parts == int.MaxValue ? null : Backtrack(word, best);
    }

    private void Consider(string word, (int Parts, int Linkers, int From, int PartEnd)[] best, int start, int partEnd, int end, int linker)
    {
        var part = word[start..partEnd];
        var isFinal = end == word.Length;
        var known = part.Length >= MinPartLength ? _parts.ContainsKey(part) : !isFinal && Particles.Contains(part);
        if (!known || (isFinal && linker > 0))
        {
            return;
        }

        var candidate = (best[start].Parts + 1, best[start].Linkers + linker, start, partEnd);
        if (candidate.Item1 < best[end].Parts || (candidate.Item1 == best[end].Parts && candidate.Item2 < best[end].Linkers))
        {
            best[end] = candidate;
        }
    }

    private static List<string> Backtrack(string word, (int Parts, int Linkers, int From, int PartEnd)[] best)
    {
        var segments = new List<string>();
        for (var end = word.Length; end > 0; end = best[end].From)
        {
            segments.Add(word[best[end].From..best[end].PartEnd]);
        }

        segments.Reverse();
        return segments;
    }
}
