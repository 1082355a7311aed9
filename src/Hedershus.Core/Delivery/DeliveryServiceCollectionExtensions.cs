using Hedershus.Core.Delivery.Output;
using Hedershus.Core.Delivery.Querying;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hedershus.Core.Delivery;

public static class DeliveryServiceCollectionExtensions
{
    /// <summary>The Delivery API's query model and output over the published snapshot.</summary>
    public static IServiceCollection AddHedershusDelivery(this IServiceCollection services)
    {
        services.AddSingleton<DraftSnapshotLoader>();
        services.AddSingleton<DeliveryContextFactory>();
        services.AddSingleton<ContentPathResolver>();
        services.AddSingleton<RedirectLookup>();
        services.AddSingleton<CultureComparers>();
        services.AddSingleton<DeliveryQueryParser>();
        services.AddSingleton<DeliveryQueryService>();

        // The property editors' converters; a host may register another writer before this.
        services.TryAddSingleton<IDeliveryPropertyWriter, EditorDeliveryPropertyWriter>();
        services.AddSingleton<DeliveryMediaWriter>();
        services.AddSingleton<DeliveryMediaService>();
        services.AddSingleton<DeliveryContentWriter>();
        services.AddSingleton<DeliveryContentService>();
        return services;
    }
}
