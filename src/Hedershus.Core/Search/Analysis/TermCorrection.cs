using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Hedershus.Core.Search.Analysis;

/// <summary>
/// Finds the term an index most likely meant for one it does not hold: the closest by edit distance, then the
/// most frequent. Used to match synonym rules despite a typo ("orosanmälnan" → the rule for orosanmälan) and
/// usable for "did you mean".
/// </summary>
public static class TermCorrection
{
    /// <summary>The correction of <paramref name="term"/> in <paramref name="field"/>, or null when the index holds the term or nothing near it.</summary>
    public static string? Correct(IndexReader reader, string field, string term, int maxEdits)
    {
        if (maxEdits <= 0 || reader.DocFreq(new Term(field, term)) > 0 || MultiFields.GetTerms(reader, field) is not { } terms)
        {
            return null;
        }

        var candidates = new FuzzyTermsEnum(terms, new AttributeSource(), new Term(field, term), maxEdits, prefixLength: 1, transpositions: true);
        string? best = null;
        var (bestEdits, bestFrequency) = (int.MaxValue, 0);
        while (candidates.MoveNext())
        {
            var text = candidates.Term.Utf8ToString();
            var edits = EditDistance(term, text);
            if (edits < bestEdits || (edits == bestEdits && candidates.DocFreq > bestFrequency))
            {
                (best, bestEdits, bestFrequency) = (text, edits, candidates.DocFreq);
            }
        }

        return best;
    }

    /// <summary>Levenshtein distance with adjacent transpositions counted as one edit, as FuzzyQuery counts them.</summary>
    public static int EditDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
