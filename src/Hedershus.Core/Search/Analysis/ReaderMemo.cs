using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Hedershus.Core.Search.Analysis;

/// <summary>
/// What queries learn about one point-in-time reader — how many documents hold a term, which indexed terms a fuzzy
/// word expands to — kept while that reader is in use. A reader never changes, so neither do these answers; words
/// recur across searches (a few hundred make most queries), and each answer otherwise costs a look-up in every
/// segment, or for a fuzzy word an automaton run over every segment's terms. A refresh brings a new reader and
/// empty memos; the old ones go with their reader.
/// </summary>
internal static class ReaderMemo
{
    private const int MaxEntries = 20_000;

    private static readonly ConditionalWeakTable<IndexReader, Memo> Memos = new();

    public static int DocFreq(IndexReader reader, string field, string term) => States(reader, new Term(field, term)).DocFreq;

    /// <summary>
    /// A term query whose per-segment term states are looked up once per reader: building a query's weight otherwise
    /// seeks every term in every segment again, for each tier that repeats the word and for each search that uses it.
    /// </summary>
    public static TermQuery TermQuery(IndexReader? reader, Term term) =>
        reader is null ? new TermQuery(term) : new TermQuery(term, States(reader, term));

    /// <remarks>
    /// A term query takes the states only for the reader they were built on (it compares the top reader context) and
    /// only reads them, so one instance serves concurrent searches.
    /// </remarks>
    private static TermContext States(IndexReader reader, Term term)
    {
        var states = Memos.GetValue(reader, _ => new Memo()).States;
        if (states.TryGetValue((term.Field, term.Text), out var known))
        {
            return known;
        }

        var built = TermContext.Build(reader.Context, term);
        Remember(states, (term.Field, term.Text), built);
        return built;
    }

    /// <summary>The expansion of <paramref name="query"/> on <paramref name="reader"/>, as a copy the caller may change.</summary>
    public static Query Expand(IndexReader reader, FuzzyQuery query, Func<Query> expand)
    {
        var expansions = Memos.GetValue(reader, _ => new Memo()).Expansions;
        var key = (query.Term.Field, query.Term.Text, query.MaxEdits, query.PrefixLength, query.Boost);
        if (!expansions.TryGetValue(key, out var expanded))
        {
            expanded = expand();
            Remember(expansions, key, expanded);
        }

        return (Query)expanded.Clone();
    }

    private static void Remember<TKey, TValue>(ConcurrentDictionary<TKey, TValue> memo, TKey key, TValue value)
        where TKey : notnull
    {
        if (memo.Count < MaxEntries)
        {
            memo.TryAdd(key, value);
        }
    }

    private sealed class Memo
    {
        public ConcurrentDictionary<(string Field, string Term), TermContext> States { get; } = new();

        public ConcurrentDictionary<(string Field, string Text, int MaxEdits, int PrefixLength, float Boost), Query> Expansions { get; } = new();
    }
}

/// <summary>Fuzzy queries whose expansion is remembered per reader (<see cref="ReaderMemo"/>).</summary>
internal static class RememberedFuzzy
{
    public static FuzzyQuery Create(Term term, int maxEdits, int prefixLength, float boost)
    {
        var query = new FuzzyQuery(term, maxEdits, prefixLength) { Boost = boost };
        query.MultiTermRewriteMethod = new RememberedRewrite(query.MultiTermRewriteMethod);
        return query;
    }

    private sealed class RememberedRewrite(MultiTermQuery.RewriteMethod expansion) : MultiTermQuery.RewriteMethod
    {
        public override Query Rewrite(IndexReader reader, MultiTermQuery query) =>
            query is FuzzyQuery fuzzy ? ReaderMemo.Expand(reader, fuzzy, () => expansion.Rewrite(reader, query)) : expansion.Rewrite(reader, query);
    }
}
