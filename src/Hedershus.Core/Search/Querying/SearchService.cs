using Hedershus.Core.Common;
using Hedershus.Core.Search.Analysis;
using Hedershus.Core.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.Options;

namespace Hedershus.Core.Search.Querying;

/// <summary>
/// Searches published content through the tiers of <see cref="SearchQueryBuilder.Cascade"/>: every concept, with
/// typos, most, any. A later tier only adds what the earlier ones missed and runs while a page is not full
/// (<see cref="SearchOptions.RelaxBelow"/>). When fewer than <see cref="SearchOptions.FallbackBelow"/> documents
/// match every concept, the query is also run (translated where a glossary exists) on the fallback cultures, whose
/// hits are marked with their culture, and a spelling is suggested. Hits are ranked by how much of the query they
/// match, the query's own culture first within each strength. In baseline mode it searches as Umbraco's default
/// index does.
/// </summary>
public sealed class SearchService(
    PublishedSearchIndex index,
    SearchDocumentFactory documents,
    SearchRequestValidator validator,
    SnippetHighlighter highlighter,
    QueryTextAnalysis analysis,
    SearchQueryBuilder builder,
    CultureCatalog cultures,
    IOptions<SearchOptions> options,
    TimeProvider time)
{
    public SearchResult Search(SearchRequest request)
    {
        var started = time.GetTimestamp();
        var search = validator.Validate(request);
        using var lease = index.Acquire();
        var execution = new SearchExecution(lease.Searcher, search, highlighter);
        var chain = cultures.WithFallbacks(search.Culture).ToList();
        string? didYouMean = null;
        if (documents.Baseline)
        {
            Run(execution, BaselineQuery.Build(documents.AnalyzerFor(search.Culture), search.Text), SearchFilters.Cultures(chain), search, fallback: null);
        }
        else
        {
            didYouMean = SearchTiers(execution, lease.Searcher.IndexReader, search, chain);
        }

        return execution.Finish(didYouMean) with { TookMs = Math.Round(time.GetElapsedTime(started).TotalMilliseconds, 2) };
    }

    /// <summary>
    /// Runs the tiers strength by strength, the own culture before the fallbacks. Returns did-you-mean, suggested
    /// when the words as typed (no typos allowed) match few documents.
    /// </summary>
    private string? SearchTiers(SearchExecution execution, IndexReader reader, ValidSearch search, List<string> chain)
    {
        var settings = options.Value;
        var own = Passes(analysis.Analyze(search.Text, search.Culture, reader), SearchFilters.Cultures(chain), fallback: null, reader);
        if (own.Tiers.Count == 0)
        {
            return null;
        }

        Run(execution, own.Tiers[0].Query, own.Culture, search, fallback: null);
        var typedHits = execution.Total;
        RunStrength(execution, search, own with { Tiers = own.Tiers[1..] }, MatchStrength.AllConcepts, settings);
        var didYouMean = typedHits < settings.FallbackBelow
            ? SpellingCorrector.Correct(reader, documents.AnalyzerFor(search.Culture), search.Culture, search.Text)
            : null;
        if (execution.Total >= settings.FallbackBelow)
        {
            RunWeaker(execution, search, [own], settings);
            return didYouMean;
        }

        var fallbacks = FallbackCultures(chain)
            .Select(c => Passes(analysis.AnalyzeForFallback(search.Text, search.Culture, c, reader), SearchFilters.Cultures([c]), c, reader)).ToList();
        fallbacks.ForEach(f => RunStrength(execution, search, f, MatchStrength.AllConcepts, settings));
        RunWeaker(execution, search, [own, .. fallbacks], settings);
        return didYouMean;
    }

    private static void RunWeaker(SearchExecution execution, ValidSearch search, List<CulturePasses> passes, SearchOptions settings)
    {
        foreach (var strength in new[] { MatchStrength.MostConcepts, MatchStrength.AnyConcept })
        {
            passes.ForEach(p => RunStrength(execution, search, p, strength, settings));
        }
    }

    /// <summary>The tiers of one strength while the page is not full.</summary>
    private static void RunStrength(SearchExecution execution, ValidSearch search, CulturePasses passes, MatchStrength strength, SearchOptions settings)
    {
        foreach (var tier in passes.Tiers.Where(t => t.Strength == strength))
        {
            if (execution.Total >= settings.RelaxBelow)
            {
                return;
            }

            Run(execution, tier.Query, passes.Culture, search, passes.Fallback);
        }
    }

    private CulturePasses Passes(AnalyzedQueryText text, Query culture, string? fallback, IndexReader reader) =>
        new(text.IsEmpty ? [] : [.. builder.Cascade(text, index: reader)], culture, fallback);

    /// <summary>The cross-language fallback cultures outside the culture's own chain.</summary>
    private IEnumerable<string> FallbackCultures(List<string> chain) =>
        options.Value.EffectiveFallbackCultures.Select(cultures.Normalize).OfType<string>()
            .Where(c => !chain.Contains(c, StringComparer.OrdinalIgnoreCase)).Distinct();

    private static void Run(SearchExecution execution, Query? query, Query culture, ValidSearch search, string? fallback)
    {
        if (query is not null)
        {
            // The tier's own query marks the snippet: the highlighter keeps only the terms of summary and body.
            var expanded = execution.Expand(query);
            execution.Run(new SearchTier(SearchFilters.Restrict(expanded, culture, SearchFilters.Facets(search.Filters)), expanded, fallback));
        }
    }

    private sealed record CulturePasses(List<QueryTier> Tiers, Query Culture, string? Fallback);
}
