using Microsoft.Extensions.DependencyInjection;

namespace Hedershus.Core.Search.Analysis;

public static class SearchAnalysisServiceCollectionExtensions
{
    /// <summary>The analyzers of every culture, built once.</summary>
    public static IServiceCollection AddSearchAnalysis(this IServiceCollection services)
    {
        services.AddSingleton<SearchAnalyzers>();
        return services;
    }
}
