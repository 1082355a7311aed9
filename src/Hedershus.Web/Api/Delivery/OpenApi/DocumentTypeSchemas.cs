using System.Text.Json.Nodes;
using Hedershus.Core.Content.DocumentTypes;
using static Hedershus.Web.Api.Delivery.OpenApi.OpenApiJson;

namespace Hedershus.Web.Api.Delivery.OpenApi;

/// <summary>
/// A schema per document type, as Umbraco 17 adds them: <c>{Type}ContentResponseModel</c> (a top-level item),
/// <c>{Type}ContentModel</c> (the same inside a picker) or, for element types, <c>{Type}ElementModel</c>; and
/// <c>{Type}PropertiesModel</c> with each property typed by its editor. Every property may be null.
/// </summary>
internal static class DocumentTypeSchemas
{
    public static IEnumerable<KeyValuePair<string, JsonNode?>> Build(DocumentTypeRegistry types)
    {
        foreach (var type in types.All.OrderBy(t => t.Alias, StringComparer.Ordinal))
        {
            var id = SchemaId(type);
            if (type.IsElement)
            {
                yield return new($"{id}ElementModel", DeliveryOpenApiSchemas.Element(ContentTypeOf(type), Ref($"{id}PropertiesModel")));
            }
            else
            {
                yield return new($"{id}ContentResponseModel", DeliveryOpenApiSchemas.ContentResponse(ContentTypeOf(type), Ref($"{id}PropertiesModel")));
                yield return new($"{id}ContentModel", DeliveryOpenApiSchemas.Content(ContentTypeOf(type), Ref($"{id}PropertiesModel")));
            }

            yield return new($"{id}PropertiesModel", Object(type.Properties.Select(p => Prop(p.Alias, PropertySchema(p)))));
        }
    }

    /// <summary>"guidancePage" → "GuidancePage".</summary>
    public static string SchemaId(DocumentType type) => char.ToUpperInvariant(type.Alias[0]) + type.Alias[1..];

    /// <summary>The output type of each editor, as <see cref="Core.Delivery.Output.IDeliveryPropertyWriter"/> writes it.</summary>
    public static JsonObject PropertySchema(PropertyType property) => property.Editor switch
    {
        PropertyEditor.Text or PropertyEditor.TextArea => Type("string", nullable: true),
        PropertyEditor.RichText => OneOf("RichTextModel", nullable: true),
        PropertyEditor.BlockList => OneOf("ApiBlockListModel", nullable: true),
        PropertyEditor.ContentPicker => OneOf("ApiContentModel", nullable: true),
        PropertyEditor.MediaPicker => ArrayOf(OneOf("ApiMediaWithCropsModel"), nullable: true),
        PropertyEditor.Links => ArrayOf(OneOf("ApiLinkModel"), nullable: true),
        PropertyEditor.Tags => ArrayOf(Type("string"), nullable: true),
        PropertyEditor.DateTime => Type("string", "date-time", nullable: true),
        PropertyEditor.Number => Type("number", nullable: true),
        PropertyEditor.Boolean => Type("boolean", nullable: true),
        PropertyEditor.Dropdown when property.Config.Multiple => ArrayOf(Type("string"), nullable: true),
        _ => Type("string", nullable: true),
    };

    private static JsonObject ContentTypeOf(DocumentType type) => new() { ["type"] = "string", ["enum"] = Strings(type.Alias) };
}
