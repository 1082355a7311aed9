using System.Text.Json;
using Hedershus.Core.Common;
using Hedershus.Core.Content.DocumentTypes;
using Hedershus.Core.Content.Published;

namespace Hedershus.Core.Delivery.Output;

/// <summary>
/// Writes content items in the shape of Umbraco's Delivery API v2, field for field: contentType, name, createDate,
/// updateDate, route, id, properties and (top-level items only) cultures. Dates carry no offset, as Umbraco's do.
/// </summary>
public sealed class DeliveryContentWriter(DocumentTypeRegistry types, IDeliveryPropertyWriter properties, CultureCatalog cultures)
{
    private static readonly JsonEncodedText ContentType = JsonEncodedText.Encode("contentType");
    private static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText CreateDate = JsonEncodedText.Encode("createDate");
    private static readonly JsonEncodedText UpdateDate = JsonEncodedText.Encode("updateDate");
    private static readonly JsonEncodedText Route = JsonEncodedText.Encode("route");
    private static readonly JsonEncodedText Path = JsonEncodedText.Encode("path");
    private static readonly JsonEncodedText QueryString = JsonEncodedText.Encode("queryString");
    private static readonly JsonEncodedText StartItem = JsonEncodedText.Encode("startItem");
    private static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText Properties = JsonEncodedText.Encode("properties");
    private static readonly JsonEncodedText Cultures = JsonEncodedText.Encode("cultures");

    /// <summary>A top-level item: with every published culture's route.</summary>
    public void WriteItem(Utf8JsonWriter writer, DeliveryContext context, DeliveryItem item, OutputSelection selection)
    {
        writer.WriteStartObject();
        WriteHeader(writer, context, item);
        writer.WritePropertyName(Properties);
        WriteProperties(writer, context, item, selection.Expand, selection.Fields);
        WriteCultures(writer, context, item.Content);
        writer.WriteEndObject();
    }

    /// <summary>An item a picker points to: without cultures, and with <c>"properties": {}</c> unless expanded.</summary>
    public void WriteLinkedItem(Utf8JsonWriter writer, DeliveryContext context, DeliveryItem item, PropertySelection? expand, PropertySelection fields)
    {
        writer.WriteStartObject();
        WriteHeader(writer, context, item);
        writer.WritePropertyName(Properties);
        if (expand is null)
        {
            writer.WriteStartObject();
            writer.WriteEndObject();
        }
        else
        {
            WriteProperties(writer, context, item, expand, fields);
        }

        writer.WriteEndObject();
    }

    private static void WriteHeader(Utf8JsonWriter writer, DeliveryContext context, DeliveryItem item)
    {
        writer.WriteString(ContentType, item.Content.ContentType);
        writer.WriteString(Name, item.Culture.Name);
        writer.WriteString(CreateDate, WithoutOffset(item.Content.CreateDate));
        writer.WriteString(UpdateDate, WithoutOffset(item.Culture.PublishedAt));
        writer.WritePropertyName(Route);
        WriteRoute(writer, context, item.Content, item.Culture, withQueryString: true);
        writer.WriteString(Id, item.Content.Key);
    }

    /// <summary>Every property of the document type in its declared order (null when empty), limited by <paramref name="fields"/>.</summary>
    private void WriteProperties(Utf8JsonWriter writer, DeliveryContext context, DeliveryItem item, PropertySelection expand, PropertySelection fields)
    {
        writer.WriteStartObject();
        var stored = item.Culture.Properties;
        if (types.Find(item.Content.ContentType) is { } type)
        {
            foreach (var property in type.Properties)
            {
                if (fields.Includes(property.Alias))
                {
                    WriteProperty(writer, context, property, stored.TryGetValue(property.Alias, out var value) ? value : default, expand, fields);
                }
            }
        }
        else
        {
            // The document type was removed after publishing: show what is stored rather than nothing.
            foreach (var (alias, value) in stored)
            {
                if (fields.Includes(alias))
                {
                    writer.WritePropertyName(alias);
                    value.WriteTo(writer);
                }
            }
        }

        writer.WriteEndObject();
    }

    private void WriteProperty(Utf8JsonWriter writer, DeliveryContext context, PropertyType property, JsonElement value, PropertySelection expand, PropertySelection fields)
    {
        writer.WritePropertyName(property.Alias);
        if (value.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            writer.WriteNullValue();
            return;
        }

        properties.Write(writer, property, value, DeliveryPropertyContext.For(this, context, property.Alias, expand, fields));
    }

    /// <summary><c>{ "path", "queryString"?, "startItem": { "id", "path" } }</c> of a node in a culture.</summary>
    internal static void WriteRoute(Utf8JsonWriter writer, DeliveryContext context, PublishedContent content, PublishedCulture culture, bool withQueryString)
    {
        writer.WriteStartObject();
        writer.WriteString(Path, culture.Route);
        if (withQueryString)
        {
            writer.WriteNull(QueryString);
        }

        var root = content.RootKey == content.Key ? content : context.Snapshot.Find(content.RootKey) ?? content;
        writer.WritePropertyName(StartItem);
        writer.WriteStartObject();
        writer.WriteString(Id, root.Key);
        writer.WriteString(Path, RootSegment(root, culture.Culture));
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>Routes of every published culture; empty for invariant content, as in Umbraco.</summary>
    private void WriteCultures(Utf8JsonWriter writer, DeliveryContext context, PublishedContent content)
    {
        writer.WritePropertyName(Cultures);
        writer.WriteStartObject();
        if (content.VariesByCulture)
        {
            foreach (var culture in cultures.All)
            {
                if (content.Cultures.TryGetValue(culture.Code, out var published) && published.Route is not null)
                {
                    writer.WritePropertyName(culture.Code);
                    WriteRoute(writer, context, content, published, withQueryString: false);
                }
            }
        }

        writer.WriteEndObject();
    }

    /// <summary>The start item's path: the root's URL segment in the culture (or in any culture it has).</summary>
    public static string RootSegment(PublishedContent root, string culture) =>
        root.Cultures.TryGetValue(culture, out var inCulture) ? inCulture.Segment : root.Cultures.Values.FirstOrDefault()?.Segment ?? "";

    internal static DateTime WithoutOffset(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Unspecified);
}
