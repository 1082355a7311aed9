using System.Text.Json.Nodes;
using static Hedershus.Web.Api.Delivery.OpenApi.OpenApiJson;

namespace Hedershus.Web.Api.Delivery.OpenApi;

/// <summary>Umbraco's component schemas of the Delivery API, and the shapes property values take in our output.</summary>
internal static class DeliveryOpenApiSchemas
{
    public static IEnumerable<KeyValuePair<string, JsonNode?>> Build() =>
    [
        new("ApiContentResponseModel", ContentResponse(Type("string"), AnyValues())),
        new("ApiContentModel", Content(Type("string"), AnyValues())),
        new("ApiContentRouteModel", Object(
            [Prop("path", Type("string")), Prop("queryString", Type("string", nullable: true)), Prop("startItem", OneOf("ApiContentStartItemModel"))],
            "path", "startItem")),
        new("ApiContentStartItemModel", Object([Prop("id", Type("string", "uuid")), Prop("path", Type("string"))], "id", "path")),
        new("ApiElementModel", Element(Type("string"), AnyValues())),
        new("ApiBlockListModel", Object([Prop("items", ArrayOf(OneOf("ApiBlockItemModel")))], "items")),
        new("ApiBlockItemModel", Object([Prop("content", OneOf("ApiElementModel")), Prop("settings", OneOf("ApiElementModel", nullable: true))], "content")),
        new("RichTextModel", Object([Prop("markup", Type("string")), Prop("blocks", ArrayOf(OneOf("ApiBlockItemModel")))], "blocks", "markup")),
        new("ApiLinkModel", Object(
            [
                Prop("url", Type("string", nullable: true)), Prop("queryString", Type("string", nullable: true)), Prop("title", Type("string", nullable: true)),
                Prop("target", Type("string", nullable: true)), Prop("destinationId", Type("string", "uuid", nullable: true)),
                Prop("destinationType", Type("string", nullable: true)), Prop("route", OneOf("ApiContentRouteModel", nullable: true)), Prop("linkType", Type("string")),
            ],
            "linkType")),
        new("ApiMediaWithCropsModel", Object(MediaProperties(withPathAndDates: false), "id", "mediaType", "name", "properties", "url")),
        new("ApiMediaWithCropsResponseModel", Object(MediaProperties(withPathAndDates: true), "createDate", "id", "mediaType", "name", "path", "properties", "updateDate", "url")),
        new("ImageCropCoordinatesModel", Object([Prop("x1", Type("number", "double")), Prop("y1", Type("number", "double")), Prop("x2", Type("number", "double")), Prop("y2", Type("number", "double"))], "x1", "x2", "y1", "y2")),
        new("ImageCropModel", Object(
            [Prop("alias", Type("string", nullable: true)), Prop("width", Type("integer", "int32")), Prop("height", Type("integer", "int32")), Prop("coordinates", OneOf("ImageCropCoordinatesModel", nullable: true))],
            "height", "width")),
        new("ImageFocalPointModel", Object([Prop("left", Type("number", "double")), Prop("top", Type("number", "double"))], "left", "top")),
        new("PagedIApiContentResponseModel", Paged("ApiContentResponseModel")),
        new("PagedIApiMediaWithCropsResponseModel", Paged("ApiMediaWithCropsResponseModel")),
        new("ProblemDetails", ProblemDetails()),
    ];

    /// <summary>A top-level content item; <paramref name="contentType"/> and <paramref name="properties"/> vary per document type.</summary>
    public static JsonObject ContentResponse(JsonObject contentType, JsonObject properties) => Object(
        [
            Prop("id", Type("string", "uuid")), Prop("contentType", contentType), Prop("properties", properties), Prop("name", Type("string")),
            Prop("createDate", Type("string", "date-time")), Prop("updateDate", Type("string", "date-time")), Prop("route", OneOf("ApiContentRouteModel")),
            Prop("cultures", new JsonObject { ["type"] = "object", ["additionalProperties"] = OneOf("ApiContentRouteModel") }),
        ],
        "contentType", "createDate", "cultures", "id", "name", "properties", "route", "updateDate");

    /// <summary>A content item inside a property (a picker): like a top-level item without cultures.</summary>
    public static JsonObject Content(JsonObject contentType, JsonObject properties) => Object(
        [
            Prop("id", Type("string", "uuid")), Prop("contentType", contentType), Prop("properties", properties), Prop("name", Type("string")),
            Prop("createDate", Type("string", "date-time")), Prop("updateDate", Type("string", "date-time")), Prop("route", OneOf("ApiContentRouteModel")),
        ],
        "contentType", "createDate", "id", "name", "properties", "route", "updateDate");

    /// <summary>A block's content or settings.</summary>
    public static JsonObject Element(JsonObject contentType, JsonObject properties) => Object(
        [Prop("id", Type("string", "uuid")), Prop("contentType", contentType), Prop("properties", properties)],
        "contentType", "id", "properties");

    private static KeyValuePair<string, JsonNode?>[] MediaProperties(bool withPathAndDates)
    {
        List<KeyValuePair<string, JsonNode?>> properties =
        [
            Prop("id", Type("string", "uuid")), Prop("name", Type("string")), Prop("mediaType", Type("string")), Prop("url", Type("string")),
            Prop("extension", Type("string", nullable: true)), Prop("width", Type("integer", "int32", nullable: true)),
            Prop("height", Type("integer", "int32", nullable: true)), Prop("bytes", Type("integer", "int32", nullable: true)),
            Prop("properties", AnyValues()), Prop("focalPoint", OneOf("ImageFocalPointModel", nullable: true)),
            Prop("crops", ArrayOf(OneOf("ImageCropModel"), nullable: true)),
        ];
        if (withPathAndDates)
        {
            properties.AddRange([Prop("path", Type("string")), Prop("createDate", Type("string", "date-time")), Prop("updateDate", Type("string", "date-time"))]);
        }

        return [.. properties];
    }

    private static JsonObject Paged(string itemSchema) =>
        Object([Prop("total", Type("integer", "int64")), Prop("items", ArrayOf(OneOf(itemSchema)))], "items", "total");

    private static JsonObject ProblemDetails() => new()
    {
        ["type"] = "object",
        ["properties"] = new JsonObject
        {
            ["type"] = Type("string", nullable: true),
            ["title"] = Type("string", nullable: true),
            ["status"] = Type("integer", "int32", nullable: true),
            ["detail"] = Type("string", nullable: true),
            ["instance"] = Type("string", nullable: true),
        },
        ["additionalProperties"] = new JsonObject(),
    };
}
