using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Hedershus.Core.Search.Analysis;

/// <summary>The phrases of <see cref="SearchQueryBuilder.PhraseBonus"/>: what keeping typed words together adds to a score.</summary>
internal static class PhraseBonuses
{
    /// <summary>Words typed together as a concept, and the whole text typed, as phrases; null when none can match.</summary>
    public static BooleanQuery? Build(AnalyzedQueryText query, Analyzer analyzer, IReadOnlyList<SearchFieldWeight> fields, IndexReader? index)
    {
        var bonus = new BooleanQuery();
        foreach (var phrase in TypedPhrases(query, analyzer, fields, index))
        {
            bonus.Add(phrase, Occur.SHOULD);
        }

        foreach (var field in fields.Where(f => f.Field is SearchFields.Name or SearchFields.Summary or SearchFields.Body))
        {
            var words = FieldTermQueries.Words(analyzer, field.Field, query.Text);
            if (words.Count >= 2 && FieldTermQueries.Phrase(field.Field, words, SearchQueryBuilder.PhraseSlop, index) is { } phrase)
            {
                phrase.Boost = field.Boost * SearchQueryBuilder.PhraseWeight;
                bonus.Add(phrase, Occur.SHOULD);
            }
        }

        return bonus.Clauses.Count > 0 ? bonus : null;
    }

    /// <summary>
    /// For each concept typed as several words (a phrase a synonym rule knows), those words as a phrase, the best field
    /// winning as in the concept's own query. A phrase is checked against the positions of every document holding all
    /// its words; on common words that was most of a search's time, so the exact tier adds it to its best hits only.
    /// </summary>
    private static IEnumerable<Query> TypedPhrases(AnalyzedQueryText query, Analyzer analyzer, IReadOnlyList<SearchFieldWeight> fields, IndexReader? index)
    {
        foreach (var alternative in query.Concepts.SelectMany(c => c.Alternatives).Where(a => a.IsTyped))
        {
            var best = new DisjunctionMaxQuery(SearchQueryBuilder.BestFieldTieBreaker);
            foreach (var field in fields)
            {
                var words = FieldTermQueries.Words(analyzer, field.Field, alternative.Text);
                if (words.Count >= 2 && FieldTermQueries.Phrase(field.Field, words, SearchQueryBuilder.TypedPhraseSlop, index) is { } phrase)
                {
                    phrase.Boost = field.Boost * alternative.Weight;
                    best.Add(phrase);
                }
            }

            if (best.Disjuncts.Count > 0)
            {
                yield return best;
            }
        }
    }
}
