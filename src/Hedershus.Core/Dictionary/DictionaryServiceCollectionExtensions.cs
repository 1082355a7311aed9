using Microsoft.Extensions.DependencyInjection;

namespace Hedershus.Core.Dictionary;

public static class DictionaryServiceCollectionExtensions
{
    /// <summary>The dictionary of UI strings: the service that changes it and the in-memory snapshot the site reads.</summary>
    public static IServiceCollection AddHedershusDictionary(this IServiceCollection services)
    {
        services.AddSingleton<DictionarySnapshotService>();
        services.AddHostedService<DictionaryFollower>();
        services.AddScoped<DictionaryService>();
        return services;
    }
}
