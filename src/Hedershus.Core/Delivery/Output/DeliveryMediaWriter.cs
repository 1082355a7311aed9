using System.Text.Json;
using System.Text.Json.Nodes;
using Hedershus.Core.Common;
using Hedershus.Core.Media;

namespace Hedershus.Core.Delivery.Output;

/// <summary>
/// Writes media items in the shape of Umbraco's Delivery API v2 (<c>ApiMediaWithCropsResponseModel</c>), field for
/// field and in order: id, name, mediaType, url, path, extension, width, height, bytes, focalPoint, crops, properties,
/// createDate, updateDate. The one implementation of the shape: the media endpoints and media pickers both use it.
/// </summary>
public sealed class DeliveryMediaWriter(CultureCatalog cultures)
{
    public const string AltTextProperty = "altText";

    private static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText MediaTypeField = JsonEncodedText.Encode("mediaType");
    private static readonly JsonEncodedText Url = JsonEncodedText.Encode("url");
    private static readonly JsonEncodedText Path = JsonEncodedText.Encode("path");
    private static readonly JsonEncodedText Extension = JsonEncodedText.Encode("extension");
    private static readonly JsonEncodedText Width = JsonEncodedText.Encode("width");
    private static readonly JsonEncodedText Height = JsonEncodedText.Encode("height");
    private static readonly JsonEncodedText Bytes = JsonEncodedText.Encode("bytes");
    private static readonly JsonEncodedText FocalPoint = JsonEncodedText.Encode("focalPoint");
    private static readonly JsonEncodedText Left = JsonEncodedText.Encode("left");
    private static readonly JsonEncodedText Top = JsonEncodedText.Encode("top");
    private static readonly JsonEncodedText Crops = JsonEncodedText.Encode("crops");
    private static readonly JsonEncodedText Properties = JsonEncodedText.Encode("properties");
    private static readonly JsonEncodedText AltText = JsonEncodedText.Encode(AltTextProperty);
    private static readonly JsonEncodedText CreateDate = JsonEncodedText.Encode("createDate");
    private static readonly JsonEncodedText UpdateDate = JsonEncodedText.Encode("updateDate");

    /// <summary>One media item; alt text in the first of <paramref name="cultureChain"/> that has one, else the default culture's.</summary>
    public void Write(Utf8JsonWriter writer, MediaEntry entry, IReadOnlyList<string> cultureChain)
    {
        var item = entry.Item;
        writer.WriteStartObject();
        writer.WriteString(Id, item.Key);
        writer.WriteString(Name, item.Name);
        writer.WriteString(MediaTypeField, TypeName(item.MediaType));
        writer.WriteString(Url, item.UrlPath ?? "");
        writer.WriteString(Path, entry.Path);
        writer.WriteString(Extension, item.Extension);
        WriteNumber(writer, Width, item.Width);
        WriteNumber(writer, Height, item.Height);
        WriteNumber(writer, Bytes, item.Bytes);
        WriteFocalPoint(writer, item);
        writer.WriteStartArray(Crops); // Hedershus defines no crops
        writer.WriteEndArray();
        writer.WriteStartObject(Properties);
        if (item.MediaType == MediaType.Image)
        {
            writer.WriteString(AltText, AltTextIn(item, cultureChain));
        }

        writer.WriteEndObject();
        writer.WriteString(CreateDate, DeliveryContentWriter.WithoutOffset(item.CreateDate));
        writer.WriteString(UpdateDate, DeliveryContentWriter.WithoutOffset(item.UpdateDate));
        writer.WriteEndObject();
    }

    /// <summary>The same item as a node, for the property converters.</summary>
    public JsonNode ToNode(MediaEntry entry, IReadOnlyList<string> cultureChain) =>
        DeliveryJson.Capture(json =>
        {
            Write(json, entry, cultureChain);
            return true;
        })!;

    private string? AltTextIn(MediaItem item, IReadOnlyList<string> cultureChain)
    {
        foreach (var culture in cultureChain)
        {
            if (item.AltText.TryGetValue(culture, out var text))
            {
                return text;
            }
        }

        return item.AltText.GetValueOrDefault(cultures.Default);
    }

    private static void WriteFocalPoint(Utf8JsonWriter writer, MediaItem item)
    {
        if (item is not { FocalPointLeft: { } left, FocalPointTop: { } top })
        {
            writer.WriteNull(FocalPoint);
            return;
        }

        writer.WriteStartObject(FocalPoint);
        writer.WriteNumber(Left, left);
        writer.WriteNumber(Top, top);
        writer.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter writer, JsonEncodedText name, long? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static string TypeName(MediaType type) => type switch
    {
        MediaType.Folder => nameof(MediaType.Folder),
        MediaType.Image => nameof(MediaType.Image),
        _ => nameof(MediaType.File),
    };
}
