using Hedershus.Core.Delivery;
using Hedershus.Web.Api.Delivery.Content;
using Hedershus.Web.Api.Delivery.OpenApi;

namespace Hedershus.Web.Api.Delivery;

/// <summary>The Content Delivery API v2 (Umbraco-compatible): shared plumbing, content endpoints, OpenAPI document.</summary>
public static class DeliveryApi
{
    public const string BasePath = "/umbraco/delivery/api/v2";

    public static IServiceCollection AddDeliveryApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DeliveryApiOptions>().Bind(configuration.GetSection(DeliveryApiOptions.Section));
        services.AddHedershusDelivery();
        services.AddSingleton<DeliveryApiFilter>();
        services.AddSingleton<DeliveryOutputCache>();
        services.AddSingleton<DeliveryResponder>();
        services.AddSingleton<DeliveryOpenApiDocument>();
        return services;
    }

    /// <summary>Maps the content endpoints and the OpenAPI document; returns the group so media endpoints can join it.</summary>
    public static RouteGroupBuilder MapDeliveryApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapDeliveryOpenApi();
        var group = endpoints.MapGroup(BasePath).AddEndpointFilter<DeliveryApiFilter>().WithTags("Delivery");
        group.MapContentDeliveryEndpoints();
        return group;
    }
}
