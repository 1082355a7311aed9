using Microsoft.Extensions.DependencyInjection;

namespace Hedershus.Core.Search.Analysis;

public static class SearchAnalysisServiceCollectionExtensions
{
    /// <summary>
    /// The analysers per culture, the query-text analysis and query builder on them (singletons), and a start-up
    /// check that stops the host when a synonym file is broken.
    /// </summary>
    public static IServiceCollection AddSearchAnalysis(this IServiceCollection services)
    {
        services.AddSingleton<SearchAnalyzers>();
        services.AddSingleton<QueryTextAnalysis>();
        services.AddSingleton<SearchQueryBuilder>();
        services.AddHostedService<SearchAnalysisStartupCheck>();
        return services;
    }
}
