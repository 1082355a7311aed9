using Hedershus.Core.Content.DocumentTypes.PropertyValues;
using Microsoft.Extensions.DependencyInjection;

namespace Hedershus.Core.Content.DocumentTypes;

public static class DocumentTypeServiceCollectionExtensions
{
    /// <summary>Property-value checks and Delivery output, and the start-up check of the definitions.</summary>
    public static IServiceCollection AddPropertyEditors(this IServiceCollection services)
    {
        services.AddSingleton<PropertyValueValidator>();
        services.AddSingleton<PropertyValueConverter>();
        services.AddHostedService<DocumentTypeStartupCheck>();
        return services;
    }
}
