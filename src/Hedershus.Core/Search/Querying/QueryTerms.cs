using System.Globalization;
using Hedershus.Core.Search.Indexing;
using Lucene.Net.Analysis;

namespace Hedershus.Core.Search.Querying;

/// <summary>
/// A query as the index sees it. The typed text is split into words; each analysed token (stem, compound part,
/// synonym) is assigned to the word it came from by its offsets, so "all words must match" holds whatever the
/// analysis adds. A token spanning several words (a multi-word synonym) joins them into one group that either
/// matches word by word or by that token. No Lucene syntax is ever parsed: the text is only analysed.
/// </summary>
public sealed class QueryTerms
{
    public const int MaxWords = 32;

    private QueryTerms(IReadOnlyList<QueryGroup> groups, IReadOnlyDictionary<string, List<TextToken>> tokens)
    {
        Groups = groups;
        Tokens = tokens;
    }

    public IReadOnlyList<QueryGroup> Groups { get; }

    /// <summary>The tokens of each field in order, for phrase queries.</summary>
    public IReadOnlyDictionary<string, List<TextToken>> Tokens { get; }

    public static QueryTerms Analyze(Analyzer analyzer, string text, IEnumerable<string> fields)
    {
        var words = Words(text);
        var parent = Enumerable.Range(0, words.Count).ToArray();
        var tokens = new Dictionary<string, List<TextToken>>(StringComparer.Ordinal);
        var assigned = new List<(string Field, string Term, List<int> Words)>();
        var end = words.Count > 0 ? words[^1].End : 0;
        foreach (var field in fields)
        {
            var fieldTokens = TextToken.Read(analyzer, field, text[..end], limit: MaxWords * 16);
            tokens[field] = fieldTokens;
            foreach (var token in fieldTokens)
            {
                var covered = Covered(words, token);
                covered.Skip(1).ToList().ForEach(w => Union(parent, covered[0], w));
                if (covered.Count > 0)
                {
                    assigned.Add((field, token.Term, covered));
                }
            }
        }

        AnalyzeJoinedWords(analyzer, words, assigned);
        return new QueryTerms(Group(words, parent, assigned), tokens);
    }

    /// <summary>
    /// A word the tokenizer read only as part of a longer token ("name:word", "S:t") also gets the terms it has on
    /// its own, so the group can match word by word.
    /// </summary>
    private static void AnalyzeJoinedWords(Analyzer analyzer, List<QueryWord> words, List<(string Field, string Term, List<int> Words)> assigned)
    {
        foreach (var field in assigned.Where(a => a.Words.Count > 1).Select(a => a.Field).Distinct().ToList())
        {
            var own = assigned.Where(a => a.Field == field && a.Words.Count == 1).Select(a => a.Words[0]).ToHashSet();
            var joined = assigned.Where(a => a.Field == field && a.Words.Count > 1).SelectMany(a => a.Words).Where(w => !own.Contains(w)).Distinct().ToList();
            foreach (var index in joined)
            {
                assigned.AddRange(TextToken.Read(analyzer, field, words[index].Text).Select(t => (field, t.Term, new List<int> { index })));
            }
        }
    }

    private static List<QueryGroup> Group(List<QueryWord> words, int[] parent, List<(string Field, string Term, List<int> Words)> assigned)
    {
        foreach (var (field, term, covered) in assigned.Where(a => a.Words.Count == 1))
        {
            words[covered[0]].Add(field, term);
        }

        var groups = new Dictionary<int, QueryGroup>();
        for (var i = 0; i < words.Count; i++)
        {
            var root = Find(parent, i);
            if (!groups.TryGetValue(root, out var group))
            {
                groups[root] = group = new QueryGroup();
            }

            if (words[i].Terms.Count > 0)
            {
                group.Words.Add(words[i]);
            }
        }

        foreach (var (field, term, covered) in assigned.Where(a => a.Words.Count > 1))
        {
            groups[Find(parent, covered[0])].AddWhole(field, term);
        }

        return [.. groups.OrderBy(g => g.Key).Select(g => g.Value).Where(g => g.Words.Count > 0 || g.Whole.Count > 0)];
    }

    /// <summary>Runs of letters, digits and combining marks, at most <see cref="MaxWords"/>.</summary>
    private static List<QueryWord> Words(string text)
    {
        var words = new List<QueryWord>();
        var start = -1;
        for (var i = 0; i <= text.Length && words.Count < MaxWords; i++)
        {
            var inWord = i < text.Length && IsWordChar(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(new QueryWord(start, i, text[start..i]));
                start = -1;
            }
        }

        return words;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || char.IsSurrogate(c) ||
        char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.Format;

    private static List<int> Covered(List<QueryWord> words, TextToken token)
    {
        var covered = new List<int>();
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].Start < token.EndOffset && token.StartOffset < words[i].End)
            {
                covered.Add(i);
            }
        }

        return covered;
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            i = parent[i] = parent[parent[i]];
        }

        return i;
    }

    private static void Union(int[] parent, int a, int b) => parent[Find(parent, b)] = Find(parent, a);
}

/// <summary>A typed word and the terms it became in each field; the first term of a field is the word's own.</summary>
public sealed class QueryWord(int start, int end, string text)
{
    public int Start { get; } = start;
    public int End { get; } = end;
    public string Text { get; } = text;
    public Dictionary<string, List<string>> Terms { get; } = new(StringComparer.Ordinal);

    internal void Add(string field, string term)
    {
        if (!Terms.TryGetValue(field, out var list))
        {
            Terms[field] = list = [];
        }

        if (!list.Contains(term, StringComparer.Ordinal))
        {
            list.Add(term);
        }
    }
}

/// <summary>Words that must match together: one word, or words joined by a token that spans them.</summary>
public sealed class QueryGroup
{
    public List<QueryWord> Words { get; } = [];

    /// <summary>Tokens standing for the whole group, e.g. a synonym of a two-word phrase.</summary>
    public List<(string Field, string Term)> Whole { get; } = [];

    internal void AddWhole(string field, string term)
    {
        if (!Whole.Contains((field, term)))
        {
            Whole.Add((field, term));
        }
    }
}
