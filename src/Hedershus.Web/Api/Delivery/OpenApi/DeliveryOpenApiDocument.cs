using System.Text.Json;
using System.Text.Json.Nodes;
using Hedershus.Core.Content.DocumentTypes;

namespace Hedershus.Web.Api.Delivery.OpenApi;

/// <summary>
/// The OpenAPI document of the Delivery API, written by hand so it matches Umbraco's contract (paths, parameter
/// names, operation ids, component schemas) and adds a schema per document type. Built once: document types
/// are fixed for the life of the process.
/// </summary>
public sealed class DeliveryOpenApiDocument(DocumentTypeRegistry types)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private readonly Lazy<byte[]> _json = new(() => JsonSerializer.SerializeToUtf8Bytes(Build(types), Indented));

    public byte[] Json => _json.Value;

    public static JsonObject Build(DocumentTypeRegistry types) => new()
    {
        ["openapi"] = "3.0.1",
        ["info"] = new JsonObject
        {
            ["title"] = "Umbraco Delivery API",
            ["description"] = "The Content Delivery API of Hedershus, compatible with Umbraco's (v2). You can find out more about the Umbraco Delivery API in [the documentation](https://docs.umbraco.com/umbraco-cms/reference/content-delivery-api).",
            ["version"] = "Latest",
        },
        ["paths"] = DeliveryOpenApiPaths.Build(),
        ["components"] = new JsonObject
        {
            ["schemas"] = new JsonObject(DeliveryOpenApiSchemas.Build().Concat(DocumentTypeSchemas.Build(types))),
        },
    };
}
