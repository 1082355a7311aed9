using System.Text.Json;
using System.Text.Json.Nodes;
using Hedershus.Core.Content.DocumentTypes;

namespace Hedershus.Web.Backoffice.ContentSection;

/// <summary>
/// Turns the fields of a content form back into property values. Field names are the paths Core names in its
/// validation errors (<c>cultures.sv.properties.body</c>, <c>properties.blocks[0].properties.text</c>), so each error
/// lands beside its field. Values are taken as typed; Core checks and normalises them on save.
/// </summary>
public static class ContentFormReader
{
    public static JsonElement Read(IFormCollection form, PropertyType property, string name, DocumentTypeRegistry types) =>
        JsonSerializer.SerializeToElement(ReadNode(form, property, name, types));

    private static JsonNode? ReadNode(IFormCollection form, PropertyType property, string name, DocumentTypeRegistry types)
    {
        var text = form[name].ToString();
        return property.Editor switch
        {
            PropertyEditor.Text or PropertyEditor.TextArea or PropertyEditor.RichText => text,
            PropertyEditor.Boolean => form[name].Contains("true"),
            PropertyEditor.DateTime => Blank(text) ? null : text.Length == 16 ? text + ":00Z" : text,
            PropertyEditor.Dropdown when property.Config.Multiple => Array(form[name]),
            PropertyEditor.MediaPicker => Array(form[name]),
            PropertyEditor.Links => Links(form, name),
            PropertyEditor.BlockList => Blocks(form, property, name, types),
            _ => Blank(text) ? null : text,
        };
    }

    private static JsonArray Array(IEnumerable<string?> values) =>
        new([.. values.Where(v => !Blank(v)).Select(v => JsonValue.Create(v!.Trim()))]);

    private static int Count(IFormCollection form, string name) =>
        int.TryParse(form[name + ".count"], out var count) ? Math.Clamp(count, 0, 200) : 0;

    private static JsonArray Links(IFormCollection form, string name)
    {
        var links = new JsonArray();
        for (var i = 0; i < Count(form, name); i++)
        {
            var row = $"{name}[{i}]";
            string title = form[row + ".title"].ToString(), url = form[row + ".url"].ToString(), contentKey = form[row + ".contentKey"].ToString();
            if (Blank(title) && Blank(url) && Blank(contentKey))
            {
                continue;
            }

            var link = new JsonObject { ["title"] = title };
            if (!Blank(contentKey))
            {
                link["contentKey"] = contentKey;
            }

            if (!Blank(url) || Blank(contentKey))
            {
                link["url"] = url;
            }

            if (form[row + ".target"].Contains("_blank"))
            {
                link["target"] = "_blank";
            }

            links.Add(link);
        }

        return links;
    }

    private static JsonArray Blocks(IFormCollection form, PropertyType property, string name, DocumentTypeRegistry types)
    {
        var blocks = new JsonArray();
        for (var i = 0; i < Count(form, name); i++)
        {
            var row = $"{name}[{i}]";
            if (form[row + ".remove"].Contains("true") || types.Find(form[row + ".contentType"].ToString()) is not { } element)
            {
                continue;
            }

            var properties = new JsonObject();
            foreach (var child in element.Properties)
            {
                properties[child.Alias] = ReadNode(form, child, $"{row}.properties.{child.Alias}", types);
            }

            blocks.Add(new JsonObject { ["contentType"] = element.Alias, ["key"] = form[row + ".key"].ToString(), ["properties"] = properties });
        }

        if (form["addBlock"] == name && types.Find(form[name + ".add"].ToString()) is { IsElement: true } added &&
            property.Config.AllowedTypes.Contains(added.Alias, StringComparer.Ordinal))
        {
            blocks.Add(new JsonObject { ["contentType"] = added.Alias, ["key"] = Guid.NewGuid().ToString(), ["properties"] = new JsonObject() });
        }

        return blocks;
    }

    private static bool Blank(string? value) => string.IsNullOrWhiteSpace(value);
}
