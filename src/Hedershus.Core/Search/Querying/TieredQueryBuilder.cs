using Hedershus.Core.Search.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Hedershus.Core.Search.Querying;

/// <summary>
/// Builds Lucene queries from <see cref="QueryTerms"/>, never from query syntax. Each word matches in any field
/// (the best field counts, the others a little); name and summary weigh more; the words in order, close together,
/// add a phrase bonus. The strict query needs every word; the relaxed one needs about half and lets rare words
/// match with typos (edit distance by word length).
/// </summary>
public sealed class TieredQueryBuilder(IndexReader reader, bool baseline)
{
    private const float TieBreaker = 0.2f;
    private const float PhraseBoost = 1.5f;
    private const int PhraseSlop = 2;
    private const float FuzzyBoost = 0.7f;
    private const int FuzzyPrefix = 1;
    private const int FuzzyExpansions = 25;
    private const int RareDocumentFrequency = 2;

    private static readonly (string Field, float Weight)[] FullFields =
    [
        (SearchFields.Name, 3f), (SearchFields.Summary, 2f), (SearchFields.Body, 1f), (SearchFields.Tags, 1.5f),
        (SearchFields.NameFolded, 1.5f), (SearchFields.SummaryFolded, 1f), (SearchFields.BodyFolded, 0.5f),
    ];

    private static readonly (string Field, float Weight)[] BaselineFields = [(SearchFields.Name, 3f), (SearchFields.Summary, 2f), (SearchFields.Body, 1f)];

    private static readonly string[] MainFields = [SearchFields.Name, SearchFields.Summary, SearchFields.Body];

    /// <summary>The fields whose analysis a query needs.</summary>
    public IEnumerable<string> Fields => (baseline ? BaselineFields : FullFields).Select(f => f.Field);

    /// <summary>Every word must match; null when the text has no searchable word.</summary>
    public Query? Strict(QueryTerms terms)
    {
        if (terms.Groups.Count == 0)
        {
            return null;
        }

        var all = new BooleanQuery();
        foreach (var group in terms.Groups)
        {
            all.Add(GroupQuery(group, fuzzy: false), Occur.MUST);
        }

        return WithPhrases(all, terms);
    }

    /// <summary>
    /// About half the words must match (any word when <paramref name="anyWord"/>), rare words also with typos;
    /// Umbraco-like "any word" in baseline mode. Null when it would repeat the previous pass.
    /// </summary>
    public Query? Relaxed(QueryTerms terms, bool anyWord = false)
    {
        if (terms.Groups.Count == 0 || (anyWord && HalfOf(terms) == 1))
        {
            return null;
        }

        var any = new BooleanQuery();
        foreach (var group in terms.Groups)
        {
            any.Add(GroupQuery(group, fuzzy: !baseline), Occur.SHOULD);
        }

        any.MinimumNumberShouldMatch = baseline || anyWord ? 1 : HalfOf(terms);
        return baseline ? any : WithPhrases(any, terms);
    }

    /// <summary>The terms to mark in snippets (summary and body), typo matches included when <paramref name="fuzzy"/>.</summary>
    public Query Highlight(QueryTerms terms, bool fuzzy)
    {
        var query = new BooleanQuery();
        foreach (var group in terms.Groups)
        {
            foreach (var field in new[] { SearchFields.Summary, SearchFields.Body })
            {
                foreach (var word in group.Words)
                {
                    foreach (var term in word.Terms.GetValueOrDefault(field) ?? [])
                    {
                        query.Add(new TermQuery(new Term(field, term)), Occur.SHOULD);
                    }

                    if (fuzzy && Fuzzy(word, field) is { } typo)
                    {
                        // Rewritten here to the few terms the search expands it to; the highlighter would take 1024.
                        query.Add(typo.Rewrite(reader), Occur.SHOULD);
                    }
                }

                foreach (var (_, term) in group.Whole.Where(w => w.Field == field))
                {
                    query.Add(new TermQuery(new Term(field, term)), Occur.SHOULD);
                }
            }
        }

        return query;
    }

    private static int HalfOf(QueryTerms terms) => Math.Max(1, terms.Groups.Count / 2);

    private Query GroupQuery(QueryGroup group, bool fuzzy)
    {
        if (group.Whole.Count == 0 && group.Words.Count == 1)
        {
            return WordQuery(group.Words[0], fuzzy);
        }

        var either = new BooleanQuery();
        if (group.Words.Count > 0)
        {
            // Relaxed, joined words need only half of them too ("name:word" read as one token by the tokenizer).
            var together = new BooleanQuery();
            group.Words.ForEach(w => together.Add(WordQuery(w, fuzzy), fuzzy ? Occur.SHOULD : Occur.MUST));
            together.MinimumNumberShouldMatch = fuzzy ? Math.Max(1, group.Words.Count / 2) : 0;
            either.Add(together, Occur.SHOULD);
        }

        var whole = new DisjunctionMaxQuery(TieBreaker);
        foreach (var (field, weight) in FieldWeights)
        {
            var terms = group.Whole.Where(w => w.Field == field).Select(w => w.Term).ToList();
            if (terms.Count > 0)
            {
                whole.Add(FieldQuery(field, weight, terms, typo: null));
            }
        }

        if (whole.Disjuncts.Count > 0)
        {
            either.Add(whole, Occur.SHOULD);
        }

        return either;
    }

    private DisjunctionMaxQuery WordQuery(QueryWord word, bool fuzzy)
    {
        var best = new DisjunctionMaxQuery(TieBreaker);
        foreach (var (field, weight) in FieldWeights)
        {
            if (word.Terms.TryGetValue(field, out var terms))
            {
                best.Add(FieldQuery(field, weight, terms, fuzzy ? Fuzzy(word, field) : null));
            }
        }

        return best;
    }

    private static Query FieldQuery(string field, float weight, List<string> terms, Query? typo)
    {
        if (terms.Count == 1 && typo is null)
        {
            return new TermQuery(new Term(field, terms[0])) { Boost = weight };
        }

        var any = new BooleanQuery { Boost = weight };
        foreach (var term in terms)
        {
            any.Add(new TermQuery(new Term(field, term)), Occur.SHOULD);
        }

        if (typo is not null)
        {
            any.Add(typo, Occur.SHOULD);
        }

        return any;
    }

    /// <summary>A typo match for a word the index hardly knows: one edit from 5 letters, two from 8.</summary>
    private FuzzyQuery? Fuzzy(QueryWord word, string field)
    {
        if (!MainFields.Contains(field) || word.Terms.GetValueOrDefault(field) is not [var own, ..] || own.Length < 5)
        {
            return null;
        }

        var known = MainFields.Sum(f => word.Terms.GetValueOrDefault(f) is [var t, ..] ? reader.DocFreq(new Term(f, t)) : 0);
        return known >= RareDocumentFrequency ? null
            : new FuzzyQuery(new Term(field, own), own.Length >= 8 ? 2 : 1, FuzzyPrefix, FuzzyExpansions, true) { Boost = FuzzyBoost };
    }

    private BooleanQuery WithPhrases(BooleanQuery required, QueryTerms terms)
    {
        var phrases = baseline ? [] : MainFields.Select(f => Phrase(terms, f)).OfType<MultiPhraseQuery>().ToList();
        if (phrases.Count == 0)
        {
            return required;
        }

        var query = new BooleanQuery { { required, Occur.MUST } };
        phrases.ForEach(p => query.Add(p, Occur.SHOULD));
        return query;
    }

    private MultiPhraseQuery? Phrase(QueryTerms terms, string field)
    {
        if (!terms.Tokens.TryGetValue(field, out var tokens))
        {
            return null;
        }

        var positions = new SortedDictionary<int, List<Term>>();
        var position = -1;
        foreach (var token in tokens)
        {
            position += Math.Max(0, token.PositionIncrement);
            var at = Math.Max(0, position);
            if (!positions.TryGetValue(at, out var list))
            {
                positions[at] = list = [];
            }

            list.Add(new Term(field, token.Term));
        }

        if (positions.Count < 2)
        {
            return null;
        }

        var phrase = new MultiPhraseQuery { Slop = PhraseSlop, Boost = PhraseBoost * FieldWeights.First(f => f.Field == field).Weight };
        foreach (var (at, list) in positions)
        {
            phrase.Add([.. list], at);
        }

        return phrase;
    }

    private (string Field, float Weight)[] FieldWeights => baseline ? BaselineFields : FullFields;
}
