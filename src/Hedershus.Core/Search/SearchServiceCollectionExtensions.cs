using Hedershus.Core.Content.Published;
using Hedershus.Core.Search.Analysis;
using Hedershus.Core.Search.Drafts;
using Hedershus.Core.Search.Indexing;
using Hedershus.Core.Search.Querying;
using Hedershus.Core.Search.Rebuild;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hedershus.Core.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>The published and draft indexes, their upkeep, and the search, suggest and editor-search services.</summary>
    public static IServiceCollection AddHedershusSearch(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SearchOptions>().Bind(configuration.GetSection(SearchOptions.Section))
            .Validate(o => o.FallbackBelow >= 0 && o.RelaxBelow >= 0, "Search:FallbackBelow and Search:RelaxBelow must not be negative.")
            .Validate(o => o.CommitIntervalMilliseconds > 0, "Search:CommitIntervalMilliseconds must be positive.")
            .Validate(o => o.RebuiltSegments > 0, "Search:RebuiltSegments must be positive.")
            .Validate(o => o.RebuildPollMilliseconds > 0, "Search:RebuildPollMilliseconds must be positive.")
            .ValidateOnStart();
        services.AddSearchAnalysis();

        services.AddSingleton<SearchableContentReader>();
        services.AddSingleton<SearchDocumentFactory>();
        services.AddSingleton<SnapshotIndexWriter>();
        services.AddSingleton<PublishedJournalReader>();
        services.AddSingleton<PublishedSearchIndex>();
        services.AddSingleton<IContentChangeHandler, SearchIndexChangeHandler>();
        services.AddSingleton<DraftContentLoader>();
        services.AddSingleton<DraftSearchIndex>();
        services.AddHostedService<SearchIndexCommitter>();
        services.AddSingleton<SearchRebuildRequests>();
        services.AddHostedService<SearchRebuildFollower>();
        services.AddTransient<SearchIndexRebuildJob>();

        services.AddSingleton<SearchRequestValidator>();
        services.AddSingleton<SnippetHighlighter>();
        services.AddSingleton<SearchService>();
        services.AddSingleton<SuggestService>();
        services.AddSingleton<DraftSearchService>();
        services.AddScoped<DraftSearchScopes>();
        return services;
    }
}
