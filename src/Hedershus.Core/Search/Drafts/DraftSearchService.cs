using Hedershus.Core.Common;
using Hedershus.Core.Search.Indexing;
using Hedershus.Core.Search.Querying;
using Lucene.Net.Search;
using Microsoft.Extensions.Options;

namespace Hedershus.Core.Search.Drafts;

/// <summary>
/// Editors' search over drafts, in one culture or (without one) in every culture with each culture's analysis.
/// The index is synced with the database first, so a save is found at once.
/// </summary>
public sealed class DraftSearchService(
    DraftSearchIndex index,
    SearchDocumentFactory documents,
    SearchRequestValidator validator,
    SnippetHighlighter highlighter,
    CultureCatalog cultures,
    IOptions<SearchOptions> options,
    TimeProvider time)
{
    public async Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var search = validator.Validate(request);
        var searched = string.IsNullOrWhiteSpace(request.Culture) ? cultures.All.Select(c => c.Code).ToList() : [search.Culture];
        await index.SyncAsync(cancellationToken);
        using var lease = index.Acquire();
        var builder = new TieredQueryBuilder(lease.Searcher.IndexReader, documents.Baseline);
        var execution = new SearchExecution(lease.Searcher, search, highlighter);
        var terms = searched.Select(c => (Culture: c, Terms: QueryTerms.Analyze(documents.AnalyzerFor(c), search.Text, builder.Fields))).ToList();
        Run(execution, search, terms, builder.Strict, t => builder.Highlight(t, fuzzy: false));
        if (execution.Total < options.Value.RelaxBelow && !documents.Baseline)
        {
            Run(execution, search, terms, t => builder.Relaxed(t), t => builder.Highlight(t, fuzzy: true));
        }

        return execution.Finish(didYouMean: null) with { TookMs = Math.Round(time.GetElapsedTime(started).TotalMilliseconds, 2) };
    }

    private static void Run(SearchExecution execution, ValidSearch search, List<(string Culture, QueryTerms Terms)> terms, Func<QueryTerms, Query?> build, Func<QueryTerms, Query> highlight)
    {
        var any = new BooleanQuery();
        var marks = new BooleanQuery();
        foreach (var (culture, cultureTerms) in terms)
        {
            if (build(cultureTerms) is { } query)
            {
                any.Add(SearchFilters.Restrict(query, SearchFilters.Cultures([culture]), SearchFilters.Facets(search.Filters)), Occur.SHOULD);
                marks.Add(highlight(cultureTerms), Occur.SHOULD);
            }
        }

        if (any.Clauses.Count > 0)
        {
            execution.Run(new SearchTier(any, marks));
        }
    }
}
