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
    public const float ScatteredWordsWeight = 0.3f;
    public const int TypedPhraseSlop = 2;
    public const float PhraseWeight = 1.5f;
    public const int PhraseSlop = 3;
    public const int SynonymPhraseSlop = 1;
    public const float BestFieldTieBreaker = 0.2f;

    /// <param name="index">
    /// When given, a word a field does not hold at all is taken for a typo: its fuzzy variants count as much as
    /// the word would. Without it they count <see cref="FieldTermQueries.TypoWeight"/>, below exact words.
    /// </param>
    /// <returns>The concepts' query, in the first tier with the phrase bonus as an optional clause.</returns>
    public Query Build(AnalyzedQueryText query, QueryMatching matching, IReadOnlyList<SearchFieldWeight>? fields = null, IndexReader? index = null)
    {
        var root = new BooleanQuery { { Concepts(query, matching, fields, index), Occur.MUST } };
        if (matching == QueryMatching.AllConcepts && PhraseBonus(query, fields, index) is { } phrase)
        {
            root.Add(phrase, Occur.SHOULD);
        }

        return root;
    }

    /// <summary>The concepts' query alone: what decides whether a document matches, and most of its score.</summary>
    public Query Concepts(AnalyzedQueryText query, QueryMatching matching, IReadOnlyList<SearchFieldWeight>? fields = null, IndexReader? index = null)
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

        return concepts;
    }

    /// <summary>
    /// What a document holding the typed words together adds to its score, or null when no phrase can match. Only
    /// the first tier gets it: a document holding the typed words as a phrase holds every one of them, so the first
    /// tier finds it, and each later tier only adds documents the earlier ones missed. BM25 has no coordination
    /// factor or query norm, so the bonus adds to a score the same whether it is a clause of the query or added to
    /// the best hits after matching (<see cref="QueryTier.Bonus"/>).
    /// </summary>
    public Query? PhraseBonus(AnalyzedQueryText query, IReadOnlyList<SearchFieldWeight>? fields = null, IndexReader? index = null) =>
        query.TranslatedFrom is null ? PhraseBonuses.Build(query, analyzers.ForCulture(query.Culture), fields ?? SearchFieldWeight.Default, index) : null;

    /// <summary>
    /// The queries to try in order while a page is not full: all concepts, then with typos, then most concepts,
    /// then any; each tier's query is built when first used. Show the hits of each tier after those of the tiers
    /// before it (each tier finds what the earlier ones found, so skip those). Count only the tiers that require
    /// every concept when deciding whether a query found "few" hits and needs the cross-language fallback.
    /// </summary>
    public IEnumerable<QueryTier> Cascade(AnalyzedQueryText query, IReadOnlyList<SearchFieldWeight>? fields = null, IndexReader? index = null)
    {
        QueryTier Tier(QueryMatching matching) => new(matching, () => Concepts(query, matching, fields, index));
        yield return new QueryTier(QueryMatching.AllConcepts, () => Concepts(query, QueryMatching.AllConcepts, fields, index), () => PhraseBonus(query, fields, index));
        yield return Tier(QueryMatching.AllConceptsWithTypos);
        if (query.Concepts.Count > 2)
        {
            yield return Tier(QueryMatching.MostConceptsWithTypos);
        }

        if (query.Concepts.Count > 1 || query.Concepts.Any(c => c.Alternatives.Any(a => a.IsTyped && a.Text.Any(char.IsWhiteSpace))))
        {
            yield return Tier(QueryMatching.AnyConceptWithTypos);
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
                if (!matching.Typos && matching.Index is { } index && FieldTermQueries.RepeatsTwin(analyzer, field.Field, alternative.Text, index))
                {
                    continue;
                }

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
        var words = FieldTermQueries.Words(analyzer, field, alternative.Text);
        var typos = new TypoStatistics(matching.Typos && alternative.IsTyped, matching.Index, alternative.Text);
        Query? query = words.Count switch
        {
            0 => null,
            1 => FieldTermQueries.Word(field, words[0], typos),
            _ when !alternative.IsTyped => FieldTermQueries.Phrase(field, words, SynonymPhraseSlop, matching.Index),
            _ when !matching.Strict => FieldTermQueries.Combine(words.Select(w => FieldTermQueries.Word(field, w, typos)), Occur.SHOULD),

            // The exact tier scores the typed words together in its bonus (PhraseBonuses), on its best hits only.
            _ when !matching.Typos => Scattered(field, words, typos),
            _ => TypedPhrase(field, words, typos, matching.Index),
        };
        if (query is not null)
        {
            query.Boost *= alternative.Weight;
        }

        return query;
    }

    /// <summary>The typed words as a phrase, and scattered far below it.</summary>
    private static BooleanQuery TypedPhrase(string field, List<List<AnalyzedToken>> words, TypoStatistics typos, IndexReader? index)
    {
        var either = new BooleanQuery();
        if (FieldTermQueries.Phrase(field, words, TypedPhraseSlop, index) is { } phrase)
        {
            either.Add(phrase, Occur.SHOULD);
        }

        either.Add(Scattered(field, words, typos), Occur.SHOULD);
        return either;
    }

    /// <summary>Every typed word, anywhere in the field, far below the words as a phrase.</summary>
    private static Query Scattered(string field, List<List<AnalyzedToken>> words, TypoStatistics typos) =>
        FieldTermQueries.Boosted(FieldTermQueries.Combine(words.Select(w => FieldTermQueries.Word(field, w, typos)), Occur.MUST), ScatteredWordsWeight);

    private readonly record struct Matching(bool Typos, bool Strict, IndexReader? Index);
}
