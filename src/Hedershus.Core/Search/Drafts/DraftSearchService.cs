using Hedershus.Core.Common;
using Hedershus.Core.Search.Analysis;
using Hedershus.Core.Search.Indexing;
using Hedershus.Core.Search.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.Options;

namespace Hedershus.Core.Search.Drafts;

/// <summary>
/// Editors' search over drafts, in one culture or (without one) in every culture with each culture's analysis,
/// through the same tiers as the public search, within the editor's <see cref="DraftSearchScope"/>. The index is
/// synced with the database first, so a save is found at once.
/// </summary>
public sealed class DraftSearchService(
    DraftSearchIndex index,
    SearchDocumentFactory documents,
    SearchRequestValidator validator,
    SnippetHighlighter highlighter,
    QueryTextAnalysis analysis,
    SearchQueryBuilder builder,
    CultureCatalog cultures,
    IOptions<SearchOptions> options,
    TimeProvider time)
{
    /// <param name="scope">The drafts the editor may see (<see cref="DraftSearchScope.Everything"/> for all).</param>
    public async Task<SearchResult> SearchAsync(SearchRequest request, DraftSearchScope scope, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var search = validator.Validate(request);
        scope = scope with { Cultures = scope.Cultures?.Select(c => cultures.Normalize(c) ?? c).ToList() };
        var searched = (string.IsNullOrWhiteSpace(request.Culture) ? cultures.All.Select(c => c.Code).ToList() : [search.Culture])
            .Where(scope.AllowsCulture).ToList();
        await index.SyncAsync(cancellationToken);
        using var lease = index.Acquire();
        var execution = new SearchExecution(lease.Searcher, search, highlighter);
        var inScope = scope.Filter();
        if (documents.Baseline)
        {
            Run(execution, search, inScope, searched.Select(c => (c, BaselineQuery.Build(documents.AnalyzerFor(c), search.Text))));
        }
        else
        {
            var texts = searched.Select(c => analysis.Analyze(search.Text, c, lease.Searcher.IndexReader)).Where(t => !t.IsEmpty).ToList();
            foreach (var matching in Enum.GetValues<QueryMatching>())
            {
                if (matching != QueryMatching.AllConcepts && execution.Total >= options.Value.RelaxBelow)
                {
                    break;
                }

                Run(execution, search, inScope, texts.Select(t => (t.Culture, (Query?)builder.Build(t, matching, index: lease.Searcher.IndexReader))));
            }
        }

        return execution.Finish(didYouMean: null) with { TookMs = Math.Round(time.GetElapsedTime(started).TotalMilliseconds, 2) };
    }

    private static void Run(SearchExecution execution, ValidSearch search, Query? inScope, IEnumerable<(string Culture, Query? Query)> queries)
    {
        var filters = SearchFilters.Facets(search.Filters).ToList();
        if (inScope is not null)
        {
            filters.Add(inScope);
        }

        var any = new BooleanQuery();
        var marks = new BooleanQuery();
        foreach (var (culture, query) in queries)
        {
            if (query is not null)
            {
                any.Add(SearchFilters.Restrict(query, SearchFilters.Cultures([culture]), filters), Occur.SHOULD);
                marks.Add(query, Occur.SHOULD);
            }
        }

        if (any.Clauses.Count > 0)
        {
            execution.Run(new SearchTier(any, marks));
        }
    }
}
