using System.Text;
using Hedershus.Core.Search.Analysis;
using Hedershus.Core.Search.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Hedershus.Core.Search.Querying;

/// <summary>
/// "Did you mean": each word the culture's texts never use is replaced by the most frequent word of that culture
/// within one edit (two from 8 letters). Words come from the per-culture suggest field, so a Swedish typo is
/// corrected to Swedish.
/// </summary>
public static class SpellingCorrector
{
    private const int MinLength = 4;
    private const int MaxCandidates = 200;

    public static string? Correct(IndexReader reader, Analyzer analyzer, string culture, string text)
    {
        var field = IndexFields.Suggest(culture);
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null)
        {
            return null;
        }

        var replacements = new List<(int Start, int End, string Word)>();
        foreach (var token in TextToken.Read(analyzer, SearchFields.Suggest, text, SearchRequestValidator.MaxWords).Where(t => t.PositionIncrement > 0))
        {
            if (token.Term.Length >= MinLength && reader.DocFreq(new Term(field, token.Term)) == 0
                && Closest(terms, field, token.Term) is { } word && !replacements.Any(r => r.Start < token.EndOffset && token.StartOffset < r.End))
            {
                replacements.Add((token.StartOffset, token.EndOffset, word));
            }
        }

        if (replacements.Count == 0)
        {
            return null;
        }

        var corrected = new StringBuilder(text);
        foreach (var (start, end, word) in replacements.OrderByDescending(r => r.Start))
        {
            corrected.Remove(start, end - start).Insert(start, word);
        }

        return corrected.ToString();
    }

    private static string? Closest(Terms terms, string field, string word)
    {
        var edits = word.Length >= 8 ? 2 : 1;
        var candidates = new FuzzyTermsEnum(terms, new Lucene.Net.Util.AttributeSource(), new Term(field, word), edits, 1, true);
        (string Word, int Distance, int Frequency)? best = null;
        for (var seen = 0; seen < MaxCandidates && candidates.MoveNext(); seen++)
        {
            var candidate = candidates.Term.Utf8ToString();
            var distance = TermCorrection.EditDistance(word, candidate);
            var frequency = candidates.DocFreq;
            if (best is null || distance < best.Value.Distance || (distance == best.Value.Distance && frequency > best.Value.Frequency))
            {
                best = (candidate, distance, frequency);
            }
        }

        return best?.Word;
    }
}
