using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Hedershus.Core.Content.DocumentTypes;

namespace Hedershus.Web.Backoffice.ContentSection;

/// <summary>A property value as plain words, for version diffs and conflicts: what an editor reads, not JSON.</summary>
public static partial class ContentValueText
{
    public static string Of(PropertyType property, JsonElement value, DocumentTypeRegistry types) => property.Editor switch
    {
        PropertyEditor.RichText => PlainText(PropertyFieldValues.Text(value)),
        PropertyEditor.BlockList => string.Join(" | ", PropertyFieldValues.Items(value).Select(block => Block(block, types))),
        PropertyEditor.Links => string.Join(", ", PropertyFieldValues.Items(value).Select(link =>
            $"{PropertyFieldValues.Text(PropertyFieldValues.Member(link, "title"))} ({PropertyFieldValues.Text(PropertyFieldValues.Member(link, "url"))}{PropertyFieldValues.Text(PropertyFieldValues.Member(link, "contentKey"))})")),
        _ when value.ValueKind == JsonValueKind.Array => string.Join(", ", PropertyFieldValues.Strings(value)),
        _ => PropertyFieldValues.Text(value),
    };

    private static string Block(JsonElement block, DocumentTypeRegistry types)
    {
        var element = types.Find(PropertyFieldValues.Text(PropertyFieldValues.Member(block, "contentType")));
        if (element is null)
        {
            return "";
        }

        var properties = PropertyFieldValues.Member(block, "properties");
        var parts = element.Properties.Select(p => Of(p, PropertyFieldValues.Member(properties, p.Alias), types)).Where(t => t.Length > 0);
        return $"[{element.Alias}] {string.Join(" / ", parts)}";
    }

    private static string PlainText(string html) =>
        WebUtility.HtmlDecode(Spaces().Replace(Tags().Replace(html, " "), " ")).Trim();

    [GeneratedRegex("<[^>]*>", RegexOptions.CultureInvariant, 200)]
    private static partial Regex Tags();

    [GeneratedRegex("\\s+", RegexOptions.CultureInvariant, 200)]
    private static partial Regex Spaces();
}
