using Hedershus.Core.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Hedershus.AnalysisEval;

/// <summary>
/// Umbraco's default external index, as the README describes it: StandardAnalyzer on name^3, summary^2 and body
/// of the query's culture; any term may match (the query parser's default OR); no synonyms, no fuzzy, no fallback.
/// </summary>
internal sealed class BaselineSearch(EvalIndex index, Analyzer standard)
{
    private static readonly (string Field, float Boost)[] Fields =
        [(SearchFields.Name, 3f), (SearchFields.Summary, 2f), (SearchFields.Body, 1f)];

    public List<string> Search(EvalQuery query)
    {
        var root = new BooleanQuery();
        foreach (var token in AnalyzedToken.Read(standard, SearchFields.Body, query.Query))
        {
            var perField = new BooleanQuery();
            foreach (var (field, boost) in Fields)
            {
                perField.Add(new TermQuery(new Term(field, token.Term)) { Boost = boost }, Occur.SHOULD);
            }

            root.Add(perField, Occur.SHOULD);
        }

        return index.Search(root, query.Culture);
    }
}
