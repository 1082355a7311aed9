using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Hedershus.Core.Search.Analysis;

/// <summary>The term-level pieces of <see cref="SearchQueryBuilder"/>'s queries, for one field at a time.</summary>
internal static class FieldTermQueries
{
    public const float CompoundPartsWeight = 0.6f;
    public const float TypoWeight = 0.4f;
    public const float MissingWordTypoWeight = 1f;

    public static BooleanQuery Combine(IEnumerable<Query> queries, Occur occur)
    {
        var combined = new BooleanQuery();
        foreach (var query in queries)
        {
            combined.Add(query, occur);
        }

        return combined;
    }

    public static Query Boosted(Query query, float boost)
    {
        query.Boost = boost;
        return query;
    }

    /// <summary>The tokens of a text grouped by position: the word first, its compound parts after it.</summary>
    public static List<List<AnalyzedToken>> Words(Analyzer analyzer, string field, string text) =>
        [.. AnalyzedToken.Read(analyzer, field, text).GroupBy(t => t.Position).Select(g => g.ToList())];

    /// <summary>
    /// True when <paramref name="field"/> is a folded twin that would find exactly what its field finds for the text:
    /// every term has as many documents in the twin as in the field. A document holding a word holds its folded form
    /// in the twin, so equal counts mean the same documents, and the twin would only add the field's matches again at
    /// a lower weight (a word with å/ä/ö whose folded form is a word of its own, våld/vald, has more in the twin).
    /// </summary>
    public static bool RepeatsTwin(Analyzer analyzer, string field, string text, IndexReader index)
    {
        if (!SearchFields.IsFolded(field))
        {
            return false;
        }

        var twin = SearchFields.TextWithFolded.First(p => p.Folded == field).Field;
        var folded = Words(analyzer, field, text);
        var plain = Words(analyzer, twin, text);
        return folded.Count == plain.Count && folded.Zip(plain).All(w => w.First.Count == w.Second.Count
            && w.First.Zip(w.Second).All(t => ReaderMemo.DocFreq(index, field, t.First.Term) == ReaderMemo.DocFreq(index, twin, t.Second.Term)));
    }

    public static Query Word(string field, List<AnalyzedToken> word, TypoStatistics typos)
    {
        var head = word[0];
        var parts = LeafParts(word.Skip(1).Select(t => t.Term).ToList());
        // Typos are looked for in the folded twin of a field, not in the field too: the twin's words are the field's
        // without diacritics, so the field's variants would find the same documents a second time.
        var edits = typos.Allowed && !HasFoldedTwin(field) ? SearchQueryBuilder.TyposFor(head.EndOffset - head.StartOffset) : 0;
        if (parts.Count < 2 && edits == 0)
        {
            return ReaderMemo.TermQuery(typos.Index, new Term(field, head.Term));
        }

        var either = new BooleanQuery { { ReaderMemo.TermQuery(typos.Index, new Term(field, head.Term)), Occur.SHOULD } };
        if (parts.Count >= 2)
        {
            var all = new BooleanQuery { Boost = CompoundPartsWeight };
            parts.ForEach(p => all.Add(ReaderMemo.TermQuery(typos.Index, new Term(field, p)), Occur.MUST));
            either.Add(all, Occur.SHOULD);
        }

        if (edits > 0)
        {
            var weight = typos.Index is { } index && ReaderMemo.DocFreq(index, field, head.Term) == 0 ? MissingWordTypoWeight : TypoWeight;
            either.Add(RememberedFuzzy.Create(new Term(field, head.Term), edits, prefixLength: 1, weight), Occur.SHOULD);

            // The stemmer may cut a misspelt word differently from the word meant ("riskbedömnig" → "riskbedömn",
            // three edits from "riskbedömning"), so the word as typed is compared with the index too.
            var typed = Typed(field, typos.Text, head);
            if (typed != head.Term)
            {
                either.Add(RememberedFuzzy.Create(new Term(field, typed), edits, prefixLength: 1, weight), Occur.SHOULD);
            }
        }

        return either;
    }

    private static bool HasFoldedTwin(string field) => SearchFields.TextWithFolded.Any(p => p.Field == field);

    private static string Typed(string field, string text, AnalyzedToken token)
    {
        var typed = text[token.StartOffset..token.EndOffset].ToLowerInvariant();
        return SearchFields.IsFolded(field) ? LanguageChains.FoldWord(typed) : typed;
    }

    /// <summary>The parts that are not themselves compounds of other parts (risk, bedömning, verktyg — not riskbedömning).</summary>
    private static List<string> LeafParts(List<string> parts) =>
        [.. parts.Where(p => !parts.Any(q => q != p && q.Length < p.Length && p.Contains(q, StringComparison.Ordinal)))];

    /// <summary>
    /// The phrase, or null when <paramref name="index"/> shows it cannot match: some word is in no document's field.
    /// Building a phrase's weight looks every word up in every segment (a phrase query cannot take remembered term
    /// states), and a phrase that matches nothing changes no score under BM25 (no coordination factor), so it is left out.
    /// </summary>
    public static PhraseQuery? Phrase(string field, List<List<AnalyzedToken>> words, int slop, IndexReader? index) =>
        index is not null && words.Exists(w => ReaderMemo.DocFreq(index, field, w[0].Term) == 0) ? null : Phrase(field, words, slop);

    public static PhraseQuery Phrase(string field, List<List<AnalyzedToken>> words, int slop)
    {
        var phrase = new PhraseQuery { Slop = slop };
        var first = words[0][0].Position;
        foreach (var word in words)
        {
            phrase.Add(new Term(field, word[0].Term), word[0].Position - first);
        }

        return phrase;
    }
}

/// <summary>Whether typos are allowed for a word, the index that tells a typo from a rare word, and the text the word is from.</summary>
internal readonly record struct TypoStatistics(bool Allowed, IndexReader? Index, string Text);
