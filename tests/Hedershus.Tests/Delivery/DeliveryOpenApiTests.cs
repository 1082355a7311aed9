using System.Text.Json.Nodes;
using Hedershus.Tests.Content;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Hedershus.Tests.Delivery;

/// <summary>
/// The OpenAPI document is a contract: clients generated from Umbraco's document must work against ours. It
/// needs no data, so it runs on one provider.
/// </summary>
public sealed class DeliveryOpenApiTests(SqliteContentHost host) : IClassFixture<SqliteContentHost>
{
    private const string Base = "/umbraco/delivery/api/v2";

    public static TheoryData<string, string> Operations => new()
    {
        { "GetContent2.0", $"{Base}/content" },
        { "GetContentItemByPath2.0", $"{Base}/content/item/{{path}}" },
        { "GetContentItemById2.0", $"{Base}/content/item/{{id}}" },
        { "GetContentItems2.0", $"{Base}/content/items" },
        { "GetMedia2.0", $"{Base}/media" },
        { "GetMediaItemByPath2.0", $"{Base}/media/item/{{path}}" },
        { "GetMediaItemById2.0", $"{Base}/media/item/{{id}}" },
        { "GetMediaItems2.0", $"{Base}/media/items" },
    };

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Each_operation_of_umbraco_has_its_path_and_operation_id(string operationId, string path)
    {
        var document = await DocumentAsync();

        Assert.Equal(operationId, document["paths"]![path]!["get"]!["operationId"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_query_operation_has_umbracos_parameters()
    {
        var parameters = Parameters(await DocumentAsync(), $"{Base}/content");

        Assert.Equal(["fetch", "filter", "sort", "skip", "take", "expand", "fields"], parameters.Where(p => p.In == "query").Select(p => p.Name));
        Assert.Equal(["Accept-Language", "Api-Key", "Preview", "Start-Item"], parameters.Where(p => p.In == "header").Select(p => p.Name));
        Assert.Equal("array", parameters.Single(p => p.Name == "filter").Schema["type"]!.GetValue<string>());
        Assert.Equal("array", parameters.Single(p => p.Name == "sort").Schema["type"]!.GetValue<string>());
        Assert.Equal(0, parameters.Single(p => p.Name == "skip").Schema["default"]!.GetValue<int>());
        Assert.Equal(10, parameters.Single(p => p.Name == "take").Schema["default"]!.GetValue<int>());
        Assert.Equal("boolean", parameters.Single(p => p.Name == "Preview").Schema["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_item_operations_take_a_path_an_id_or_a_list_of_ids()
    {
        var document = await DocumentAsync();

        var byPath = Parameters(document, $"{Base}/content/item/{{path}}");
        var byId = Parameters(document, $"{Base}/content/item/{{id}}");
        var items = Parameters(document, $"{Base}/content/items");

        Assert.Equal(("path", "path"), (byPath[0].Name, byPath[0].In));
        Assert.Equal("uuid", byId.Single(p => p.Name == "id").Schema["format"]!.GetValue<string>());
        var ids = items.Single(p => p.Name == "id");
        Assert.Equal(("query", "array", "uuid"), (ids.In, ids.Schema["type"]!.GetValue<string>(), ids.Schema["items"]!["format"]!.GetValue<string>()));
        Assert.All([byPath, byId, items], p => Assert.Contains(p, x => x.Name == "expand"));
        Assert.All([byPath, byId, items], p => Assert.Contains(p, x => x.Name == "Start-Item"));
    }

    [Fact]
    public async Task The_content_item_schema_is_umbracos_and_closed()
    {
        var schemas = (await DocumentAsync())["components"]!["schemas"]!;
        var item = schemas["ApiContentResponseModel"]!;

        Assert.Equal(["contentType", "createDate", "cultures", "id", "name", "properties", "route", "updateDate"], Strings(item["required"]!));
        Assert.Equal("uuid", item["properties"]!["id"]!["format"]!.GetValue<string>());
        Assert.Equal("date-time", item["properties"]!["createDate"]!["format"]!.GetValue<string>());
        Assert.True(item["properties"]!["properties"]!["additionalProperties"]!["nullable"]!.GetValue<bool>());
        Assert.False(item["additionalProperties"]!.GetValue<bool>());
        Assert.Equal(["path", "startItem"], Strings(schemas["ApiContentRouteModel"]!["required"]!));
        Assert.Equal(["id", "path"], Strings(schemas["ApiContentStartItemModel"]!["required"]!));
        Assert.Equal("int64", schemas["PagedIApiContentResponseModel"]!["properties"]!["total"]!["format"]!.GetValue<string>());
        Assert.Equal("int64", schemas["PagedIApiMediaWithCropsResponseModel"]!["properties"]!["total"]!["format"]!.GetValue<string>());
        Assert.Equal(["left", "top"], Strings(schemas["ImageFocalPointModel"]!["required"]!));
        Assert.Equal(["alias", "width", "height", "coordinates"], schemas["ImageCropModel"]!["properties"]!.AsObject().Select(p => p.Key));
        Assert.NotNull(schemas["ApiMediaWithCropsResponseModel"]);
        Assert.NotNull(schemas["ProblemDetails"]);
    }

    [Fact]
    public async Task Each_document_type_has_a_schema_with_its_properties_typed_by_editor()
    {
        var schemas = (await DocumentAsync())["components"]!["schemas"]!;

        var page = schemas["TestPageContentResponseModel"]!;
        Assert.Equal(["testPage"], Strings(page["properties"]!["contentType"]!["enum"]!));
        Assert.Equal("#/components/schemas/TestPagePropertiesModel", page["properties"]!["properties"]!["$ref"]!.GetValue<string>());
        var properties = schemas["TestPagePropertiesModel"]!["properties"]!;
        Assert.Equal(["title", "body", "code", "audience", "startDate", "related", "image", "links", "blocks"], properties.AsObject().Select(p => p.Key));
        Assert.Equal(("string", true), (properties["title"]!["type"]!.GetValue<string>(), properties["title"]!["nullable"]!.GetValue<bool>()));
        Assert.Equal("#/components/schemas/RichTextModel", properties["body"]!["oneOf"]![0]!["$ref"]!.GetValue<string>());
        Assert.Equal("array", properties["audience"]!["type"]!.GetValue<string>());
        Assert.Equal("date-time", properties["startDate"]!["format"]!.GetValue<string>());
        Assert.Equal("#/components/schemas/ApiContentModel", properties["related"]!["oneOf"]![0]!["$ref"]!.GetValue<string>());
        Assert.NotNull(schemas["TestPageContentModel"]);
        Assert.NotNull(schemas["TestRootContentResponseModel"]);
        Assert.NotNull(schemas["TestBlockElementModel"]);
        Assert.Null(schemas["TestBlockContentResponseModel"]);
    }

    [Fact]
    public async Task Every_content_operation_in_the_document_is_an_endpoint_of_the_host()
    {
        var names = host.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Select(e => e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName).ToHashSet();
        var document = await DocumentAsync();

        foreach (var (path, item) in document["paths"]!.AsObject().Where(p => p.Key.StartsWith($"{Base}/content", StringComparison.Ordinal)))
        {
            Assert.Contains(item!["get"]!["operationId"]!.GetValue<string>(), names);
        }
    }

    private async Task<JsonNode> DocumentAsync()
    {
        using var client = host.Factory.CreateClient();
        var response = await client.GetAsync("/umbraco/swagger/delivery/swagger.json");
        response.EnsureSuccessStatusCode();
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var document = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.StartsWith("3.", document["openapi"]!.GetValue<string>(), StringComparison.Ordinal);
        return document;
    }

    private static List<(string Name, string In, JsonNode Schema)> Parameters(JsonNode document, string path) =>
        document["paths"]![path]!["get"]!["parameters"]!.AsArray()
            .Select(p => (p!["name"]!.GetValue<string>(), p["in"]!.GetValue<string>(), p["schema"]!)).ToList();

    private static List<string> Strings(JsonNode array) => array.AsArray().Select(v => v!.GetValue<string>()).ToList();
}
