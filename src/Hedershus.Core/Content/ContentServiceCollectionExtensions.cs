using Hedershus.Core.Common;
using Hedershus.Core.Content.DocumentTypes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hedershus.Core.Content;

public static class ContentServiceCollectionExtensions
{
    /// <summary>Document types, the content engine and the published snapshot.</summary>
    public static IServiceCollection AddHedershusContent(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(provider =>
            new DocumentTypeRegistry(DocumentTypeLoader.LoadFolder(provider.GetRequiredService<HedershusPaths>().ModelsPath)));
        services.AddPropertyEditors();
        return services;
    }
}
