using System.Text.Json.Nodes;
using static Hedershus.Web.Api.Delivery.OpenApi.DeliveryOpenApiParameters;
using static Hedershus.Web.Api.Delivery.OpenApi.OpenApiJson;

namespace Hedershus.Web.Api.Delivery.OpenApi;

/// <summary>The eight operations of Umbraco's Delivery API v2 contract: paths, operation ids, parameters, answers.</summary>
internal static class DeliveryOpenApiPaths
{
    public static JsonObject Build()
    {
        const string Base = DeliveryApi.BasePath;
        return new JsonObject
        {
            [$"{Base}/content"] = Get("Content", "GetContent2.0", [..ContentQuery(), ..Output(), ..ContentHeaders()],
                Ok(OneOf("PagedIApiContentResponseModel")), BadRequest(), Status("404", "Not Found")),
            [$"{Base}/content/item/{{path}}"] = Get("Content", "GetContentItemByPath2.0", [PathParameter(), ..Output(), ..ContentHeaders()],
                Ok(OneOf("ApiContentResponseModel")), Status("301", "Moved Permanently"), Status("401", "Unauthorized"), Status("403", "Forbidden"), Status("404", "Not Found")),
            [$"{Base}/content/item/{{id}}"] = Get("Content", "GetContentItemById2.0", [Path("id", Type("string", "uuid")), ..Output(), ..ContentHeaders()],
                Ok(OneOf("ApiContentResponseModel")), Status("401", "Unauthorized"), Status("403", "Forbidden"), Status("404", "Not Found")),
            [$"{Base}/content/items"] = Get("Content", "GetContentItems2.0", [Ids(), ..Output(), ..ContentHeaders()],
                Ok(ArrayOf(OneOf("ApiContentResponseModel"))), Status("401", "Unauthorized"), Status("403", "Forbidden")),
            [$"{Base}/media"] = Get("Media", "GetMedia2.0", [..MediaQuery(), ..Output(), ApiKey()],
                Ok(OneOf("PagedIApiMediaWithCropsResponseModel")), BadRequest()),
            [$"{Base}/media/item/{{path}}"] = Get("Media", "GetMediaItemByPath2.0", [Path("path", Type("string")), ..Output(), ApiKey()],
                Ok(OneOf("ApiMediaWithCropsResponseModel")), Status("404", "Not Found")),
            [$"{Base}/media/item/{{id}}"] = Get("Media", "GetMediaItemById2.0", [Path("id", Type("string", "uuid")), ..Output(), ApiKey()],
                Ok(OneOf("ApiMediaWithCropsResponseModel")), Status("404", "Not Found")),
            [$"{Base}/media/items"] = Get("Media", "GetMediaItems2.0", [Ids(), ..Output(), ApiKey()],
                Ok(ArrayOf(OneOf("ApiMediaWithCropsResponseModel")))),
        };
    }

    private static JsonNode PathParameter()
    {
        var schema = Type("string");
        schema["default"] = "";
        return Path("path", schema);
    }

    private static JsonObject Get(string tag, string operationId, JsonNode[] parameters, params KeyValuePair<string, JsonNode?>[] responses) =>
        new()
        {
            ["get"] = new JsonObject
            {
                ["tags"] = Strings(tag),
                ["operationId"] = operationId,
                ["parameters"] = new JsonArray(parameters),
                ["responses"] = new JsonObject(responses),
            },
        };

    private static KeyValuePair<string, JsonNode?> Ok(JsonObject schema) =>
        new("200", new JsonObject { ["description"] = "OK", ["content"] = Json(schema) });

    private static KeyValuePair<string, JsonNode?> BadRequest() =>
        new("400", new JsonObject { ["description"] = "Bad Request", ["content"] = Json(OneOf("ProblemDetails")) });

    private static KeyValuePair<string, JsonNode?> Status(string code, string description) =>
        new(code, new JsonObject { ["description"] = description });

    private static JsonObject Json(JsonObject schema) => new() { ["application/json"] = new JsonObject { ["schema"] = schema } };
}
