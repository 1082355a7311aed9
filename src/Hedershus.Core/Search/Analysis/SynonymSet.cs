namespace Hedershus.Core.Search.Analysis;

/// <summary>
/// The synonym rules of one culture, keyed by their analysed (folded, stemmed) words, so a rule matches the
/// inflected, misspelt-without-diacritics or differently cased forms of its phrases. Matching is greedy and
/// longest-first from left to right, as Lucene's SynonymFilter does.
/// </summary>
public sealed class SynonymSet
{
    private readonly Dictionary<string, List<Entry>> _byFirstTerm;

    private SynonymSet(Dictionary<string, List<Entry>> byFirstTerm, string source, int ruleCount)
    {
        _byFirstTerm = byFirstTerm;
        Source = source;
        RuleCount = ruleCount;
    }

    public static SynonymSet Empty { get; } = new([], "(none)", 0);

    /// <summary>The file the rules came from.</summary>
    public string Source { get; }

    public int RuleCount { get; }

    /// <param name="analyze">The analysis that keys a phrase: the same the query goes through before matching.</param>
    public static SynonymSet Build(IReadOnlyList<SynonymRule> rules, Func<string, IReadOnlyList<string>> analyze, string source)
    {
        var byFirstTerm = new Dictionary<string, List<Entry>>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            foreach (var phrase in rule.From)
            {
                var terms = analyze(phrase);
                if (terms.Count == 0)
                {
                    throw new SynonymFileException(source, rule.Line, $"'{phrase}' has no searchable word (only stop words or punctuation).");
                }

                AddEntry(byFirstTerm, terms, rule.To);
            }
        }

        return new SynonymSet(byFirstTerm, source, rules.Count);
    }

    /// <summary>True when a rule starts with this (analysed) word.</summary>
    public bool StartsRule(string term) => _byFirstTerm.ContainsKey(term);

    /// <summary>
    /// The word a rule starts with that is closest to one of <paramref name="spellings"/> (same first letter, at
    /// most <paramref name="maxEdits"/> edits), with its distance; for typos of the field's own terms.
    /// </summary>
    public (string Term, int Edits)? ClosestRuleStart(IEnumerable<string> spellings, int maxEdits)
    {
        (string, int)? best = null;
        foreach (var spelling in spellings.Where(s => s.Length > 0))
        {
            foreach (var key in _byFirstTerm.Keys.Where(k => k[0] == spelling[0] && Math.Abs(k.Length - spelling.Length) <= maxEdits))
            {
                var edits = TermCorrection.EditDistance(spelling, key);
                if (edits <= maxEdits && (best is null || edits < best.Value.Item2))
                {
                    best = (key, edits);
                }
            }
        }

        return best;
    }

    /// <summary>The longest rule that starts at <paramref name="start"/>, or null.</summary>
    public SynonymMatch? MatchAt(IReadOnlyList<string> terms, int start)
    {
        if (!_byFirstTerm.TryGetValue(terms[start], out var entries))
        {
            return null;
        }

        foreach (var entry in entries)
        {
            if (start + entry.Terms.Length <= terms.Count && Matches(terms, start, entry.Terms))
            {
                return new SynonymMatch(start, entry.Terms.Length, entry.Alternatives);
            }
        }

        return null;
    }

    private static bool Matches(IReadOnlyList<string> terms, int start, string[] pattern)
    {
        for (var i = 0; i < pattern.Length; i++)
        {
            if (!string.Equals(terms[start + i], pattern[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static void AddEntry(Dictionary<string, List<Entry>> byFirstTerm, IReadOnlyList<string> terms, IReadOnlyList<string> to)
    {
        if (!byFirstTerm.TryGetValue(terms[0], out var entries))
        {
            entries = [];
            byFirstTerm[terms[0]] = entries;
        }

        var existing = entries.FirstOrDefault(e => e.Terms.SequenceEqual(terms));
        if (existing is null)
        {
            entries.Add(new Entry([.. terms], [.. to]));
            // Longest first, so the greedy match prefers "hedersrelaterat våld" over "hedersrelaterat".
            entries.Sort((a, b) => b.Terms.Length.CompareTo(a.Terms.Length));
            return;
        }

        foreach (var phrase in to.Where(p => !existing.Alternatives.Contains(p, StringComparer.OrdinalIgnoreCase)))
        {
            existing.Alternatives.Add(phrase);
        }
    }

    private sealed record Entry(string[] Terms, List<string> Alternatives);
}

/// <summary>A rule matched <see cref="Length"/> analysed words of the query from <see cref="Start"/>.</summary>
public sealed record SynonymMatch(int Start, int Length, IReadOnlyList<string> Alternatives);
