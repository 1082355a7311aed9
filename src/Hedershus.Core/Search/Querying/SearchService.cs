using Hedershus.Core.Common;
using Hedershus.Core.Search.Indexing;
using Lucene.Net.Search;
using Microsoft.Extensions.Options;

namespace Hedershus.Core.Search.Querying;

/// <summary>
/// Searches published content in tiers. Every word must match first; with fewer than
/// <see cref="SearchOptions.FallbackBelow"/> hits the search suggests a spelling and adds hits in the fallback
/// languages (marked with their culture); with fewer than <see cref="SearchOptions.RelaxBelow"/> it adds partial and
/// typo matches after them. In baseline mode it searches as Umbraco's default index does: standard analysis, any
/// word, name^3 summary^2 body.
/// </summary>
public sealed class SearchService(
    PublishedSearchIndex index,
    SearchDocumentFactory documents,
    SearchRequestValidator validator,
    SnippetHighlighter highlighter,
    CultureCatalog cultures,
    IOptions<SearchOptions> options,
    TimeProvider time)
{
    public SearchResult Search(SearchRequest request)
    {
        var started = time.GetTimestamp();
        var search = validator.Validate(request);
        using var lease = index.Acquire();
        var reader = lease.Searcher.IndexReader;
        var builder = new TieredQueryBuilder(reader, documents.Baseline);
        var execution = new SearchExecution(lease.Searcher, search, highlighter);
        var chain = cultures.WithFallbacks(search.Culture).ToList();
        var primary = Terms(builder, search.Culture, search.Text);
        var filter = SearchFilters.Cultures(chain);
        string? didYouMean = null;
        if (documents.Baseline)
        {
            Run(execution, builder.Relaxed(primary), builder.Highlight(primary, fuzzy: false), filter, search, fallback: null);
            return execution.Finish(null) with { TookMs = Elapsed(started) };
        }

        Run(execution, builder.Strict(primary), builder.Highlight(primary, fuzzy: false), filter, search, fallback: null);
        var settings = options.Value;
        var fewHits = execution.Total < settings.FallbackBelow;
        var translated = fewHits ? Translations(builder, chain, search.Text) : [];
        if (fewHits)
        {
            didYouMean = SpellingCorrector.Correct(reader, documents.AnalyzerFor(search.Culture), search.Culture, search.Text);
            translated.ForEach(t => Run(execution, builder.Strict(t.Terms), builder.Highlight(t.Terms, fuzzy: false), Culture(t.Culture), search, t.Culture));
        }

        if (execution.Total < settings.RelaxBelow)
        {
            Run(execution, builder.Relaxed(primary), builder.Highlight(primary, fuzzy: true), filter, search, fallback: null);
        }

        translated.ForEach(t => Run(execution, builder.Relaxed(t.Terms), builder.Highlight(t.Terms, fuzzy: true), Culture(t.Culture), search, t.Culture));
        if (execution.Total < settings.FallbackBelow)
        {
            Run(execution, builder.Relaxed(primary, anyWord: true), builder.Highlight(primary, fuzzy: true), filter, search, fallback: null);
        }

        return execution.Finish(didYouMean) with { TookMs = Elapsed(started) };
    }

    /// <summary>The query analysed in each cross-language fallback culture outside the culture's own chain.</summary>
    private List<(string Culture, QueryTerms Terms)> Translations(TieredQueryBuilder builder, List<string> chain, string text) =>
        [.. options.Value.EffectiveFallbackCultures.Select(cultures.Normalize).OfType<string>()
            .Where(c => !chain.Contains(c, StringComparer.OrdinalIgnoreCase)).Distinct()
            .Select(c => (c, Terms(builder, c, text)))];

    private QueryTerms Terms(TieredQueryBuilder builder, string culture, string text) =>
        QueryTerms.Analyze(documents.AnalyzerFor(culture), text, builder.Fields);

    private static Query Culture(string culture) => SearchFilters.Cultures([culture]);

    private static void Run(SearchExecution execution, Query? query, Query highlight, Query culture, ValidSearch search, string? fallback)
    {
        if (query is not null)
        {
            execution.Run(new SearchTier(SearchFilters.Restrict(query, culture, SearchFilters.Facets(search.Filters)), highlight, fallback));
        }
    }

    private double Elapsed(long started) => Math.Round(time.GetElapsedTime(started).TotalMilliseconds, 2);
}
