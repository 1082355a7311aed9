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
            if (BaselineQuery.Build(documents.AnalyzerFor(search.Culture), search.Text) is { } query)
            {
                var baseline = new CulturePart([new QueryTier(QueryMatching.AllConcepts, query)], SearchFilters.Cultures(chain));
                Run(execution, search, new CulturePasses([baseline], Fallback: null), QueryMatching.AllConcepts);
            }
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
        var own = OwnPasses(search.Text, chain, reader);
        if (own.Parts.Count == 0)
        {
            return null;
        }

        Run(execution, search, own, QueryMatching.AllConcepts);
        var typedHits = execution.Total;
        RunStrength(execution, search, own, MatchStrength.AllConcepts, settings, after: QueryMatching.AllConcepts);
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

    /// <summary>
    /// The query in the culture searched and in each culture its content falls back to, each analysed as that
    /// culture indexes its documents (a Sorani query finds the Swedish stems of an untranslated page only when it
    /// is analysed as Swedish too). Cultures that analyse alike share one query.
    /// </summary>
    private CulturePasses OwnPasses(string text, List<string> chain, IndexReader reader)
    {
        var groups = new List<List<int>>();
        for (var i = 0; i < chain.Count; i++)
        {
            var alike = groups.Find(g => analysis.AnalysesAlike(chain[g[0]], chain[i]));
            if (alike is null)
            {
                groups.Add([i]);
            }
            else
            {
                alike.Add(i);
            }
        }

        var parts = groups.SelectMany(g => Passes(analysis.Analyze(text, chain[g[0]], reader), SearchFilters.ServedIn(chain, g), null, reader).Parts);
        return new CulturePasses([.. parts], Fallback: null);
    }

    private static void RunWeaker(SearchExecution execution, ValidSearch search, List<CulturePasses> passes, SearchOptions settings)
    {
        foreach (var strength in new[] { MatchStrength.MostConcepts, MatchStrength.AnyConcept })
        {
            passes.ForEach(p => RunStrength(execution, search, p, strength, settings));
        }
    }

    /// <summary>The tiers of one strength (those after <paramref name="after"/>) while the page is not full.</summary>
    private static void RunStrength(SearchExecution execution, ValidSearch search, CulturePasses passes, MatchStrength strength, SearchOptions settings, QueryMatching? after = null)
    {
        foreach (var matching in passes.Matchings.Where(m => QueryTier.StrengthOf(m) == strength && (after is null || m > after)))
        {
            if (execution.Total >= settings.RelaxBelow)
            {
                return;
            }

            Run(execution, search, passes, matching);
        }
    }

    private static void Run(SearchExecution execution, ValidSearch search, CulturePasses passes, QueryMatching matching)
    {
        if (passes.Tier(matching, execution, SearchFilters.Facets(search.Filters).ToList()) is { } tier)
        {
            execution.Run(tier);
        }
    }

    private CulturePasses Passes(AnalyzedQueryText text, Query served, string? fallback, IndexReader reader) =>
        new(text.IsEmpty ? [] : [new CulturePart([.. builder.Cascade(text, index: reader)], served)], fallback);

    /// <summary>The cross-language fallback cultures outside the culture's own chain.</summary>
    private IEnumerable<string> FallbackCultures(List<string> chain) =>
        options.Value.EffectiveFallbackCultures.Select(cultures.Normalize).OfType<string>()
            .Where(c => !chain.Contains(c, StringComparer.OrdinalIgnoreCase)).Distinct();
}
