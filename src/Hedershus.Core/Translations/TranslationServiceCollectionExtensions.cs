using Hedershus.Core.Content.Events;
using Microsoft.Extensions.DependencyInjection;

namespace Hedershus.Core.Translations;

public static class TranslationServiceCollectionExtensions
{
    /// <summary>Outdated translations and native-review marks, kept in step with content changes.</summary>
    public static IServiceCollection AddHedershusTranslations(this IServiceCollection services)
    {
        services.AddScoped<IContentEventHandler, TranslationContentEventHandler>();
        services.AddScoped<TranslationService>();
        services.AddScoped<TranslationStatusReader>();
        return services;
    }
}
