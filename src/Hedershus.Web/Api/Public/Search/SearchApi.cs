using Hedershus.Core.Search;
using Hedershus.Web.Operations.Health;

namespace Hedershus.Web.Api.Public.Search;

public static class SearchApi
{
    /// <summary>Search in Core, and the "search" health check.</summary>
    public static IServiceCollection AddSearchApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHedershusSearch(configuration);
        services.AddHealthChecks().AddCheck<SearchIndexHealthCheck>(SearchIndexHealthCheck.Name, timeout: HealthCheckNames.Timeout);
        return services;
    }
}
