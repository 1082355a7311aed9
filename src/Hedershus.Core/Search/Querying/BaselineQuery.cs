using Hedershus.Core.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Hedershus.Core.Search.Querying;

/// <summary>
/// The query Umbraco's default index runs, for comparison (<see cref="SearchMode.Baseline"/>): every word analysed
/// by the standard analyzer, any word may match, the best of name^3, summary^2 and body counts.
/// </summary>
public static class BaselineQuery
{
    private const float TieBreaker = 0.2f;
    private const int MaxTerms = 64;

    private static readonly (string Field, float Weight)[] Fields = [(SearchFields.Name, 3f), (SearchFields.Summary, 2f), (SearchFields.Body, 1f)];

    /// <summary>Null when the text holds no searchable word.</summary>
    public static Query? Build(Analyzer standard, string text)
    {
        var any = new BooleanQuery();
        foreach (var term in AnalyzedToken.Read(standard, SearchFields.Body, text).Select(t => t.Term).Distinct(StringComparer.Ordinal).Take(MaxTerms))
        {
            var best = new DisjunctionMaxQuery(TieBreaker);
            foreach (var (field, weight) in Fields)
            {
                best.Add(new TermQuery(new Term(field, term)) { Boost = weight });
            }

            any.Add(best, Occur.SHOULD);
        }

        return any.Clauses.Count > 0 ? any : null;
    }
}
