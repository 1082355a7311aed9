using System.Text.Json.Nodes;
using static Hedershus.Web.Api.Delivery.OpenApi.OpenApiJson;

namespace Hedershus.Web.Api.Delivery.OpenApi;

/// <summary>The parameters of the Delivery API operations, named and typed as in Umbraco's contract.</summary>
internal static class DeliveryOpenApiParameters
{
    private const string Docs = "https://docs.umbraco.com/umbraco-cms/reference/content-delivery-api#query-parameters";

    public static IEnumerable<JsonNode> ContentQuery() =>
    [
        Query("fetch", "Specifies the content items to fetch.", Type("string"), Examples(
            ("Select all", ""), ("Select all ancestors of a node by id", "ancestors:id"), ("Select all ancestors of a node by path", "ancestors:path"),
            ("Select all children of a node by id", "children:id"), ("Select all children of a node by path", "children:path"),
            ("Select all descendants of a node by id", "descendants:id"), ("Select all descendants of a node by path", "descendants:path"))),
        Query("filter", "Defines how to filter the fetched content items (contentType, name, createDate, updateDate and filterable properties).", ArrayOf(Type("string")), Examples(
            ("Default filter", ""), ("Filter by content type (equals)", Strings("contentType:alias1")), ("Filter by name (contains)", Strings("name:nodeName")),
            ("Filter by creation date (less than)", Strings("createDate<2024-01-01")), ("Filter by update date (greater than or equal)", Strings("updateDate>:2023-01-01")))),
        Query("sort", "Defines how to sort the found content items (createDate, level, name, sortOrder, updateDate and sortable properties).", ArrayOf(Type("string")), Examples(
            ("Default sort", ""), ("Sort by create date", Strings("createDate:asc", "createDate:desc")), ("Sort by level", Strings("level:asc", "level:desc")),
            ("Sort by name", Strings("name:asc", "name:desc")), ("Sort by sort order", Strings("sortOrder:asc", "sortOrder:desc")),
            ("Sort by update date", Strings("updateDate:asc", "updateDate:desc")))),
        ..Paging("content"),
    ];

    public static IEnumerable<JsonNode> MediaQuery() =>
    [
        Query("fetch", "Specifies the media items to fetch.", Type("string"), Examples(
            ("Select all children at root level", "children:/"), ("Select all children of a media item by id", "children:id"),
            ("Select all children of a media item by path", "children:path"))),
        Query("filter", "Defines how to filter the fetched media items.", ArrayOf(Type("string")), Examples(
            ("Default filter", ""), ("Filter by media type", Strings("mediaType:alias1")), ("Filter by name", Strings("name:nodeName")))),
        Query("sort", "Defines how to sort the found media items.", ArrayOf(Type("string")), Examples(
            ("Default sort", ""), ("Sort by create date", Strings("createDate:asc", "createDate:desc")), ("Sort by name", Strings("name:asc", "name:desc")),
            ("Sort by sort order", Strings("sortOrder:asc", "sortOrder:desc")), ("Sort by update date", Strings("updateDate:asc", "updateDate:desc")))),
        ..Paging("media"),
    ];

    /// <summary><c>expand</c> and <c>fields</c>, on every operation.</summary>
    public static IEnumerable<JsonNode> Output() =>
    [
        Query("expand", "Defines the properties that should be expanded in the response.", Type("string"), Examples(
            ("Expand none", ""), ("Expand all properties", "properties[$all]"), ("Expand specific property", "properties[alias1]"),
            ("Expand specific properties", "properties[alias1,alias2]"), ("Expand nested properties", "properties[alias1[properties[nestedAlias1,nestedAlias2]]]"))),
        Query("fields", "Explicitly defines which properties should be included in the response (by default all properties are included).", Type("string"), Examples(
            ("Include all properties", "properties[$all]"), ("Include only specific property", "properties[alias1]"),
            ("Include only specific properties", "properties[alias1,alias2]"), ("Include only specific nested properties", "properties[alias1[properties[nestedAlias1,nestedAlias2]]]"))),
    ];

    /// <summary>The request headers of content operations.</summary>
    public static IEnumerable<JsonNode> ContentHeaders() =>
    [
        Header("Accept-Language", "Defines the language to return. Use this when querying language variant content items.", Type("string"),
            Examples(("Default", ""), ("English culture", "en"))),
        ApiKey(),
        Header("Preview", "Whether to request draft content.", Type("boolean")),
        Header("Start-Item", "URL segment or GUID of a root content item.", Type("string")),
    ];

    public static JsonNode ApiKey() => Header("Api-Key", "API key specified through configuration to authorize access to the API.", Type("string"));

    public static JsonNode Path(string name, JsonObject schema) =>
        new JsonObject { ["name"] = name, ["in"] = "path", ["required"] = true, ["schema"] = schema };

    public static JsonNode Ids() =>
        new JsonObject { ["name"] = "id", ["in"] = "query", ["schema"] = new JsonObject { ["uniqueItems"] = true, ["type"] = "array", ["items"] = Type("string", "uuid") } };

    private static IEnumerable<JsonNode> Paging(string what) =>
    [
        Parameter("skip", "query", $"Specifies the number of found {what} items to skip. Use this to control pagination of the response.", WithDefault(Type("integer", "int32"), 0), null),
        Parameter("take", "query", $"Specifies the number of found {what} items to take. Use this to control pagination of the response.", WithDefault(Type("integer", "int32"), 10), null),
    ];

    private static JsonObject WithDefault(JsonObject schema, int value)
    {
        schema["default"] = value;
        return schema;
    }

    private static JsonObject Query(string name, string description, JsonObject schema, JsonObject? examples = null) =>
        Parameter(name, "query", $"{description} Refer to [the documentation]({Docs}) for more details on this.", schema, examples);

    private static JsonObject Header(string name, string description, JsonObject schema, JsonObject? examples = null) =>
        Parameter(name, "header", description, schema, examples);

    private static JsonObject Parameter(string name, string location, string description, JsonObject schema, JsonObject? examples)
    {
        var parameter = new JsonObject { ["name"] = name, ["in"] = location, ["description"] = description, ["schema"] = schema };
        if (examples is not null)
        {
            parameter["examples"] = examples;
        }

        return parameter;
    }
}
