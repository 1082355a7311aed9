using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Hedershus.Core.Search.Analysis;

/// <summary>
/// Builds the Lucene query for an <see cref="AnalyzedQueryText"/>: per concept the best field wins
/// (DisjunctionMax over weighted fields) and inside a field any alternative may match (the typed word, its
/// compound parts, a synonym phrase, a fuzzy variant); concepts are required (or most of them); a phrase of
/// the typed words ranks documents that keep them together first. Terms are analysed per field, so the
/// folded twins get folded terms. Nothing the user typed is parsed as Lucene syntax.
/// </summary>
public sealed class SearchQueryBuilder(SearchAnalyzers analyzers)
{
    public const float CompoundPartsWeight = 0.6f;
    public const float ScatteredWordsWeight = 0.3f;
    public const int TypedPhraseSlop = 2;
    public const float TypoWeight = 0.4f;
    public const float MissingWordTypoWeight = 1f;
    public const float PhraseWeight = 1.5f;
    public const int PhraseSlop = 3;
    public const int SynonymPhraseSlop = 1;
    public const float BestFieldTieBreaker = 0.2f;

    /// <param name="index">
    /// When given, a word a field does not hold at all is taken for a typo: its fuzzy variants count as much as
    /// the word would. Without it they count <see cref="TypoWeight"/>, below exact words.
    /// </param>
    public Query Build(AnalyzedQueryText query, QueryMatching matching, IReadOnlyList<SearchFieldWeight>? fields = null, IndexReader? index = null)
    {
        fields ??= SearchFieldWeight.Default;
        var analyzer = analyzers.ForCulture(query.Culture);
        var strict = matching is QueryMatching.AllConcepts or QueryMatching.AllConceptsWithTypos;
        var typos = matching != QueryMatching.AllConcepts;
        var concepts = new BooleanQuery();
        foreach (var concept in query.Concepts)
        {
            if (ConceptQuery(concept, analyzer, fields, new Matching(typos, strict, index)) is { } clause)
            {
                concepts.Add(clause, strict ? Occur.MUST : Occur.SHOULD);
            }
        }

        if (matching == QueryMatching.MostConceptsWithTypos)
        {
            concepts.MinimumNumberShouldMatch = MostOf(concepts.Clauses.Count);
        }

        var root = new BooleanQuery { { concepts, Occur.MUST } };
        if (query.TranslatedFrom is null && PhraseBonus(query.Text, analyzer, fields) is { } phrase)
        {
            root.Add(phrase, Occur.SHOULD);
        }

        return root;
    }

    /// <summary>
    /// The queries to try in order while a page is not full: all concepts, then with typos, then most concepts,
    /// then any. Show the hits of each tier after those of the tiers before it (each tier finds what the earlier
    /// ones found, so skip those). Count only the tiers that require every concept when deciding whether a query
    /// found "few" hits and needs the cross-language fallback.
    /// </summary>
    public IEnumerable<QueryTier> Cascade(AnalyzedQueryText query, IReadOnlyList<SearchFieldWeight>? fields = null, IndexReader? index = null)
    {
        yield return new QueryTier(QueryMatching.AllConcepts, Build(query, QueryMatching.AllConcepts, fields, index));
        yield return new QueryTier(QueryMatching.AllConceptsWithTypos, Build(query, QueryMatching.AllConceptsWithTypos, fields, index));
        if (query.Concepts.Count > 2)
        {
            yield return new QueryTier(QueryMatching.MostConceptsWithTypos, Build(query, QueryMatching.MostConceptsWithTypos, fields, index));
        }

        if (query.Concepts.Count > 1 || query.Concepts.Any(c => c.Text.Any(char.IsWhiteSpace)))
        {
            yield return new QueryTier(QueryMatching.AnyConceptWithTypos, Build(query, QueryMatching.AnyConceptWithTypos, fields, index));
        }
    }

    /// <summary>How many of <paramref name="concepts"/> concepts the relaxed matching requires: all of 1–2, 2 of 3, then two thirds.</summary>
    public static int MostOf(int concepts) => concepts <= 2 ? Math.Min(concepts, 1) : (int)Math.Ceiling(concepts * 2 / 3.0);

    /// <summary>Edits a fuzzy match may make to a word of this many letters: none up to 3, one up to 7, then two.</summary>
    public static int TyposFor(int letters) => letters < 4 ? 0 : letters < 8 ? 1 : 2;

    private static DisjunctionMaxQuery? ConceptQuery(QueryConcept concept, Analyzer analyzer, IReadOnlyList<SearchFieldWeight> fields, Matching matching)
    {
        var best = new DisjunctionMaxQuery(BestFieldTieBreaker);
        foreach (var field in fields)
        {
            var alternatives = new BooleanQuery();
            foreach (var alternative in concept.Alternatives)
            {
                if (AlternativeQuery(alternative, field.Field, analyzer, matching) is { } query)
                {
                    alternatives.Add(query, Occur.SHOULD);
                }
            }

            if (alternatives.Clauses.Count > 0)
            {
                alternatives.Boost = field.Boost;
                best.Add(alternatives);
            }
        }

        return best.Disjuncts.Count > 0 ? best : null;
    }

    /// <summary>
    /// A single word: the word, its compound parts, fuzzy variants. Several typed words (a phrase a synonym rule
    /// knows, such as "social kontroll"): strictly, the phrase first and the words scattered far below it;
    /// relaxed, any of the words. A synonym of several words: only as a phrase.
    /// </summary>
    private static Query? AlternativeQuery(QueryAlternative alternative, string field, Analyzer analyzer, Matching matching)
    {
        var words = Words(analyzer, field, alternative.Text);
        var typos = matching.Typos && alternative.IsTyped ? matching.Index : NoTypos;
        Query? query = words.Count switch
        {
            0 => null,
            1 => WordQuery(field, words[0], typos),
            _ when !alternative.IsTyped => Phrase(field, words, SynonymPhraseSlop),
            _ when !matching.Strict => Combine(words.Select(w => WordQuery(field, w, typos)), Occur.SHOULD),
            _ => new BooleanQuery
            {
                { Phrase(field, words, TypedPhraseSlop), Occur.SHOULD },
                { Boosted(Combine(words.Select(w => WordQuery(field, w, typos)), Occur.MUST), ScatteredWordsWeight), Occur.SHOULD },
            },
        };
        if (query is not null)
        {
            query.Boost *= alternative.Weight;
        }

        return query;
    }

    private static BooleanQuery Combine(IEnumerable<Query> queries, Occur occur)
    {
        var combined = new BooleanQuery();
        foreach (var query in queries)
        {
            combined.Add(query, occur);
        }

        return combined;
    }

    private static Query Boosted(Query query, float boost)
    {
        query.Boost = boost;
        return query;
    }

    /// <summary>The tokens of a text grouped by position: the word first, its compound parts after it.</summary>
    private static List<List<AnalyzedToken>> Words(Analyzer analyzer, string field, string text) =>
        [.. AnalyzedToken.Read(analyzer, field, text).GroupBy(t => t.Position).Select(g => g.ToList())];

    private static Query WordQuery(string field, List<AnalyzedToken> word, TypoStatistics typos)
    {
        var head = word[0];
        var parts = LeafParts(word.Skip(1).Select(t => t.Term).ToList());
        var edits = typos.Allowed ? TyposFor(head.EndOffset - head.StartOffset) : 0;
        if (parts.Count < 2 && edits == 0)
        {
            return new TermQuery(new Term(field, head.Term));
        }

        var either = new BooleanQuery { { new TermQuery(new Term(field, head.Term)), Occur.SHOULD } };
        if (parts.Count >= 2)
        {
            var all = new BooleanQuery { Boost = CompoundPartsWeight };
            parts.ForEach(p => all.Add(new TermQuery(new Term(field, p)), Occur.MUST));
            either.Add(all, Occur.SHOULD);
        }

        if (edits > 0)
        {
            var weight = typos.Index?.DocFreq(new Term(field, head.Term)) == 0 ? MissingWordTypoWeight : TypoWeight;
            either.Add(new FuzzyQuery(new Term(field, head.Term), edits, prefixLength: 1) { Boost = weight }, Occur.SHOULD);
        }

        return either;
    }

    /// <summary>The parts that are not themselves compounds of other parts (risk, bedömning, verktyg — not riskbedömning).</summary>
    private static List<string> LeafParts(List<string> parts) =>
        [.. parts.Where(p => !parts.Any(q => q != p && q.Length < p.Length && p.Contains(q, StringComparison.Ordinal)))];

    private static PhraseQuery Phrase(string field, List<List<AnalyzedToken>> words, int slop)
    {
        var phrase = new PhraseQuery { Slop = slop };
        var first = words[0][0].Position;
        foreach (var word in words)
        {
            phrase.Add(new Term(field, word[0].Term), word[0].Position - first);
        }

        return phrase;
    }

    private static BooleanQuery? PhraseBonus(string text, Analyzer analyzer, IReadOnlyList<SearchFieldWeight> fields)
    {
        var bonus = new BooleanQuery();
        foreach (var field in fields.Where(f => f.Field is SearchFields.Name or SearchFields.Summary or SearchFields.Body))
        {
            var words = Words(analyzer, field.Field, text);
            if (words.Count >= 2)
            {
                var phrase = Phrase(field.Field, words, PhraseSlop);
                phrase.Boost = field.Boost * PhraseWeight;
                bonus.Add(phrase, Occur.SHOULD);
            }
        }

        return bonus.Clauses.Count > 0 ? bonus : null;
    }

    private static readonly TypoStatistics NoTypos = new(Allowed: false, Index: null);

    private readonly record struct Matching(bool Typos, bool Strict, IndexReader? IndexReader)
    {
        public TypoStatistics Index => new(Typos, IndexReader);
    }

    /// <summary>Whether typos are allowed, and the index that tells a typo from a rare word.</summary>
    private readonly record struct TypoStatistics(bool Allowed, IndexReader? Index);
}
