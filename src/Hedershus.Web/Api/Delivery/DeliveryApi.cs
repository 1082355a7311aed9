namespace Hedershus.Web.Api.Delivery;

/// <summary>The Umbraco-compatible Content Delivery API v2; content and media endpoint classes map into its group.</summary>
public static class DeliveryApi
{
    public const string BasePath = "/umbraco/delivery/api/v2";

    public static RouteGroupBuilder MapDeliveryApi(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGroup(BasePath).WithTags("Delivery");
}
