using System.Text.Json.Nodes;

namespace Hedershus.Web.Api.Delivery.OpenApi;

/// <summary>Small builders for OpenAPI 3.0 JSON. Each call makes new nodes (a JSON node has one parent).</summary>
internal static class OpenApiJson
{
    public static JsonObject Type(string type, string? format = null, bool nullable = false)
    {
        var schema = new JsonObject { ["type"] = type };
        if (format is not null)
        {
            schema["format"] = format;
        }

        if (nullable)
        {
            schema["nullable"] = true;
        }

        return schema;
    }

    public static JsonObject Ref(string schema) => new() { ["$ref"] = "#/components/schemas/" + schema };

    /// <summary>A reference that may carry siblings such as nullable (OpenAPI 3.0 ignores siblings of a bare $ref).</summary>
    public static JsonObject OneOf(string schema, bool nullable = false)
    {
        var node = new JsonObject { ["oneOf"] = new JsonArray(Ref(schema)) };
        if (nullable)
        {
            node["nullable"] = true;
        }

        return node;
    }

    public static JsonObject ArrayOf(JsonNode items, bool nullable = false)
    {
        var node = new JsonObject { ["type"] = "array", ["items"] = items };
        if (nullable)
        {
            node["nullable"] = true;
        }

        return node;
    }

    /// <summary>A closed object schema: the properties given, those in <paramref name="required"/> required.</summary>
    public static JsonObject Object(IEnumerable<KeyValuePair<string, JsonNode?>> properties, params string[] required)
    {
        var schema = new JsonObject();
        if (required.Length > 0)
        {
            schema["required"] = new JsonArray(required.Order(StringComparer.Ordinal).Select(r => (JsonNode)r).ToArray());
        }

        schema["type"] = "object";
        schema["properties"] = new JsonObject(properties);
        schema["additionalProperties"] = false;
        return schema;
    }

    public static KeyValuePair<string, JsonNode?> Prop(string name, JsonNode schema) => new(name, schema);

    /// <summary>An object whose values may be anything, null included (Umbraco's properties bag).</summary>
    public static JsonObject AnyValues() => new() { ["type"] = "object", ["additionalProperties"] = new JsonObject { ["nullable"] = true } };

    public static JsonObject Examples(params (string Name, JsonNode? Value)[] examples) =>
        new(examples.Select(e => new KeyValuePair<string, JsonNode?>(e.Name, new JsonObject { ["value"] = e.Value })));

    public static JsonArray Strings(params string[] values) => new(values.Select(v => (JsonNode)v).ToArray());
}
