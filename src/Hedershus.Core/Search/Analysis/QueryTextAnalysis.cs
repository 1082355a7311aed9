using System.Globalization;
using Lucene.Net.Index;

namespace Hedershus.Core.Search.Analysis;

/// <summary>
/// Turns what a user typed into concepts with their synonyms (or, for a cross-language fallback, their
/// translations). Rules are matched on folded, stemmed words, so "Tvångsgiftet", "tvangsgifte" and
/// "tvångsgifte" all find the same rule. Build the Lucene query with <see cref="SearchQueryBuilder"/>.
/// </summary>
public sealed class QueryTextAnalysis(SearchAnalyzers analyzers)
{
    /// <summary>How much a synonym counts beside the words typed.</summary>
    public const float SynonymWeight = 0.7f;

    /// <summary>How much a translated phrase counts (only translations stand for the concept then).</summary>
    public const float TranslationWeight = 1f;

    /// <summary>The query in its own culture, with that culture's synonyms.</summary>
    /// <param name="index">
    /// When given, a word the index does not hold is matched against the synonym rules as the closest word it
    /// holds (a typo still finds its synonyms); the typed word stays as typed.
    /// </param>
    public AnalyzedQueryText Analyze(string text, string culture, IndexReader? index = null)
    {
        var rules = analyzers.SynonymsFor(culture);
        var language = analyzers.ForLanguage(analyzers.LanguageOf(culture));
        var concepts = Concepts(text, culture, index, rules, (tokens, terms, i) => MatchSynonym(rules, language, text, tokens, terms, i));
        return new AnalyzedQueryText(culture, text, concepts);
    }

    /// <summary>Whether two cultures analyse a query the same way (same chain, same synonyms), so one analysis serves both.</summary>
    public bool AnalysesAlike(string culture, string other) =>
        analyzers.LanguageOf(culture) == analyzers.LanguageOf(other) && ReferenceEquals(analyzers.SynonymsFor(culture), analyzers.SynonymsFor(other));

    /// <summary>
    /// The query prepared for searching another culture's content: translated word by word through the glossary
    /// when there is one for the pair (English → Swedish), words without a translation kept as typed (names,
    /// abbreviations such as FGM, LVU, PATRIARK travel well); otherwise the text as is, analysed as that culture.
    /// </summary>
    /// <param name="index">When given, typos are corrected before the glossary is consulted, as in <see cref="Analyze"/>.</param>
    public AnalyzedQueryText AnalyzeForFallback(string text, string queryCulture, string targetCulture, IndexReader? index = null)
    {
        var glossary = analyzers.TranslationsFor(queryCulture, targetCulture);
        if (glossary is null)
        {
            return Analyze(text, targetCulture, index) with { TranslatedFrom = queryCulture };
        }

        var concepts = Concepts(text, queryCulture, index, glossary, (tokens, terms, i) => MatchTranslation(glossary, text, tokens, terms, i));
        return new AnalyzedQueryText(targetCulture, text, concepts, queryCulture);
    }

    /// <param name="terms">The words to match rules on: the analysed tokens, typos corrected when an index was given.</param>
    private delegate (QueryConcept Concept, int Length)? Matcher(IReadOnlyList<AnalyzedToken> tokens, IReadOnlyList<string> terms, int index);

    private List<QueryConcept> Concepts(string text, string culture, IndexReader? index, SynonymSet rules, Matcher match)
    {
        var language = analyzers.ForLanguage(analyzers.LanguageOf(culture));
        var tokens = AnalyzedToken.Read(language.FoldedWords, SearchFields.BodyFolded, text);
        var terms = tokens.Select(t => t.Term).ToList();
        var corrected = index is null ? null : tokens.Select(t => Corrected(index, rules, text, t)).ToList();
        var concepts = new List<QueryConcept>();
        for (var i = 0; i < tokens.Count;)
        {
            // The words as typed first: a correct word that the index lacks must not be "corrected" away from its rule.
            if ((match(tokens, terms, i) ?? (corrected is null ? null : match(tokens, corrected, i))) is { } matched)
            {
                concepts.Add(matched.Concept);
                i += matched.Length;
                continue;
            }

            concepts.Add(WordConcept(Surface(text, tokens, i, 1)));
            i++;
        }

        return concepts;
    }

    private static (QueryConcept, int)? MatchSynonym(SynonymSet rules, LanguageAnalysis language, string text, IReadOnlyList<AnalyzedToken> tokens, IReadOnlyList<string> terms, int index)
    {
        if (rules.MatchAt(terms, index) is not { } match)
        {
            return null;
        }

        var typed = Surface(text, tokens, index, match.Length);
        var alternatives = new List<QueryAlternative> { new(typed, 1f, IsTyped: true) };

        // Alternatives that analyse alike ("social jour", "sociala jouren") would each be searched in every field.
        var searched = new HashSet<string>(StringComparer.Ordinal) { string.Join(' ', tokens.Skip(index).Take(match.Length).Select(t => t.Term)) };
        alternatives.AddRange(match.Alternatives
            .Where(a => searched.Add(string.Join(' ', language.FoldedTerms(a))))
            .Select(a => new QueryAlternative(a, SynonymWeight, IsTyped: false)));
        return (new QueryConcept(typed, alternatives), match.Length);
    }

    private static (QueryConcept, int)? MatchTranslation(SynonymSet glossary, string text, IReadOnlyList<AnalyzedToken> tokens, IReadOnlyList<string> terms, int index)
    {
        if (glossary.MatchAt(terms, index) is not { } match)
        {
            return null;
        }

        var typed = Surface(text, tokens, index, match.Length);
        var alternatives = match.Alternatives.Select(a => new QueryAlternative(a, TranslationWeight, IsTyped: false)).ToList();
        return (new QueryConcept(typed, alternatives), match.Length);
    }

    /// <summary>
    /// A word the index does not hold, replaced by the closest indexed word or rule word (compared as stemmed and
    /// as typed, since a stemmer cuts a misspelt word differently); a rule word wins a tie.
    /// </summary>
    private static string Corrected(IndexReader index, SynonymSet rules, string text, AnalyzedToken token)
    {
        var edits = SearchQueryBuilder.TyposFor(token.EndOffset - token.StartOffset);
        if (edits == 0 || rules.StartsRule(token.Term) || ReaderMemo.DocFreq(index, SearchFields.BodyFolded, token.Term) > 0)
        {
            return token.Term;
        }

        string[] spellings = [token.Term, LanguageChains.FoldWord(text[token.StartOffset..token.EndOffset].ToLowerInvariant())];
        var indexed = ClosestIndexed(index, spellings, edits);
        var ruled = rules.ClosestRuleStart(spellings, edits);
        if (ruled is { } rule && (indexed is null || rule.Edits <= indexed.Value.Edits))
        {
            return rule.Term;
        }

        return indexed?.Term ?? token.Term;
    }

    private static (string Term, int Edits)? ClosestIndexed(IndexReader index, string[] spellings, int maxEdits)
    {
        (string Term, int Edits)? best = null;
        foreach (var spelling in spellings)
        {
            if (TermCorrection.Correct(index, SearchFields.BodyFolded, spelling, maxEdits) is { } candidate)
            {
                var edits = spellings.Min(s => TermCorrection.EditDistance(s, candidate));
                best = best is null || edits < best.Value.Edits ? (candidate, edits) : best;
            }
        }

        return best;
    }

    /// <summary>
    /// A typed word. One the tokenizer kept joined ("name:word", "S:t") may also match as its separate words, so
    /// query syntax typed as text still finds the words, and abbreviations indexed joined still match whole.
    /// </summary>
    private static QueryConcept WordConcept(string word)
    {
        var parts = new string([.. word.Select(c => IsWordChar(c) ? c : ' ')]).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        List<QueryAlternative> alternatives = [new(word, 1f, IsTyped: true)];
        if (parts.Length > 1)
        {
            alternatives.Add(new QueryAlternative(string.Join(' ', parts), 1f, IsTyped: true));
        }

        return new QueryConcept(word, alternatives);
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || char.IsSurrogate(c) ||
        char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.Format;

    private static string Surface(string text, IReadOnlyList<AnalyzedToken> tokens, int index, int length) =>
        text[tokens[index].StartOffset..tokens[index + length - 1].EndOffset];
}
