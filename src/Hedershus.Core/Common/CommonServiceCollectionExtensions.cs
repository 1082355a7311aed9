using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hedershus.Core.Common;

public static class CommonServiceCollectionExtensions
{
    /// <summary>Options, paths and the clock every feature shares.</summary>
    public static IServiceCollection AddHedershusCommon(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddOptions<HedershusOptions>().Bind(configuration.GetSection(HedershusOptions.Section))
            .Validate(o => o.EffectiveCultures.Any(c => string.Equals(c.Code, o.DefaultCulture, StringComparison.OrdinalIgnoreCase)),
                "Hedershus:DefaultCulture must be one of Hedershus:Cultures.")
            .ValidateOnStart();
        services.AddSingleton(provider => new HedershusPaths(provider.GetRequiredService<IOptions<HedershusOptions>>(), contentRoot));
        services.AddSingleton<CultureCatalog>();
        services.AddSingleton<MemoryCompactor>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }
}
