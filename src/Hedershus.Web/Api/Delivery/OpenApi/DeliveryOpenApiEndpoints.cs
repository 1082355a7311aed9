using Microsoft.AspNetCore.Http.HttpResults;

namespace Hedershus.Web.Api.Delivery.OpenApi;

/// <summary>Serves the Delivery API's OpenAPI document where Umbraco 13–16 serve theirs.</summary>
public static class DeliveryOpenApiEndpoints
{
    public const string DocumentPath = "/umbraco/swagger/delivery/swagger.json";

    public static IEndpointRouteBuilder MapDeliveryOpenApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(DocumentPath, Document).WithName("GetDeliveryOpenApiDocument").WithTags("Delivery");
        return endpoints;
    }

    public static FileContentHttpResult Document(DeliveryOpenApiDocument document) =>
        TypedResults.Bytes(document.Json, DeliveryResponder.JsonContentType);
}
