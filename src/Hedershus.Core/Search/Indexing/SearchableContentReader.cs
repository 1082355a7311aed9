using System.Text;
using System.Text.Json;
using Hedershus.Core.Common;
using Hedershus.Core.Content.DocumentTypes;
using Hedershus.Core.Content.Published;
using Microsoft.Extensions.Options;

namespace Hedershus.Core.Search.Indexing;

/// <summary>
/// Reads the searchable parts of a node from its document type: "summary", the rest of the text (rich text, text
/// areas, block lists, flattened), tags, and the facet properties "audience", "topics" and "municipality".
/// </summary>
public sealed class SearchableContentReader(DocumentTypeRegistry types, CultureCatalog cultures, IOptions<SearchOptions> options)
{
    public const string SummaryAlias = "summary";
    public const string AudienceAlias = "audience";
    public const string TopicsAlias = "topics";
    public const string MunicipalityAlias = "municipality";

    /// <summary>Tag properties that hold codes rather than words (the languages a help service speaks).</summary>
    private static readonly HashSet<string> CodeTags = new(StringComparer.Ordinal) { "languages" };

    private const int MaxBlockDepth = 5;

    /// <summary>One entry per culture the node is routable in (published) or saved in (drafts).</summary>
    public IEnumerable<SearchableContent> Read(PublishedContent node, bool routedOnly = true)
    {
        if (IsExcluded(node) || types.Find(node.ContentType) is not { } type)
        {
            yield break;
        }

        var available = node.Cultures.Values.Where(c => !routedOnly || c.Route is not null).Select(c => CultureCode(c.Culture)).ToList();
        foreach (var culture in node.Cultures.Values.Where(c => !routedOnly || c.Route is not null))
        {
            yield return Read(node, type, culture, available);
        }
    }

    /// <summary>The cultures <see cref="Read"/> yields documents for, without reading any text (for health).</summary>
    public IEnumerable<string> IndexedCultures(PublishedContent node) =>
        IsExcluded(node) || types.Find(node.ContentType) is null
            ? []
            : node.Cultures.Values.Where(c => c.Route is not null).Select(c => CultureCode(c.Culture));

    private SearchableContent Read(PublishedContent node, DocumentType type, PublishedCulture culture, IReadOnlyList<string> available)
    {
        var properties = culture.Properties;
        var municipality = Strings(properties, MunicipalityAlias).FirstOrDefault();
        var topics = Strings(properties, TopicsAlias);
        var tags = type.Properties.Where(p => p.Editor == PropertyEditor.Tags && !CodeTags.Contains(p.Alias))
            .SelectMany(p => Strings(properties, p.Alias)).ToList();
        if (municipality is not null)
        {
            tags.Add(municipality);
        }

        return new SearchableContent
        {
            Key = node.Key,
            Culture = CultureCode(culture.Culture),
            ContentType = node.ContentType,
            Name = culture.Name,
            Summary = Text(properties, SummaryAlias),
            Body = Body(type, properties),
            Tags = tags,
            Audience = Strings(properties, AudienceAlias),
            Topics = topics,
            Municipality = municipality,
            Url = culture.Route,
            Updated = culture.PublishedAt > node.UpdateDate ? culture.PublishedAt : node.UpdateDate,
            AvailableCultures = available,
        };
    }

    /// <summary>Excluded by configuration, or a page only network members may read: never in any search (issue 7).</summary>
    private bool IsExcluded(PublishedContent node) =>
        Networks.MemberContent.IsRestricted(node) || options.Value.ExcludedContentTypes.Contains(node.ContentType, StringComparer.Ordinal);

    private string CultureCode(string culture) => cultures.Normalize(culture) ?? culture;

    private string Body(DocumentType type, IReadOnlyDictionary<string, JsonElement> properties)
    {
        var body = new StringBuilder();
        foreach (var property in type.Properties.Where(p => p.Alias != SummaryAlias))
        {
            if (properties.TryGetValue(property.Alias, out var value))
            {
                AppendText(body, property, value, 0);
            }
        }

        return body.ToString().Trim();
    }

    private void AppendText(StringBuilder body, PropertyType property, JsonElement value, int depth)
    {
        switch (property.Editor)
        {
            case PropertyEditor.RichText when value.ValueKind == JsonValueKind.String:
                AppendLine(body, HtmlText.ToPlainText(value.GetString()));
                break;
            case PropertyEditor.Text or PropertyEditor.TextArea when value.ValueKind == JsonValueKind.String && property.Validation is null:
                AppendLine(body, value.GetString());
                break;
            case PropertyEditor.BlockList when value.ValueKind == JsonValueKind.Array && depth < MaxBlockDepth:
                foreach (var block in value.EnumerateArray())
                {
                    AppendBlock(body, block, depth + 1);
                }

                break;
        }
    }

    private void AppendBlock(StringBuilder body, JsonElement block, int depth)
    {
        if (block.ValueKind != JsonValueKind.Object || !block.TryGetProperty("contentType", out var alias) || alias.ValueKind != JsonValueKind.String
            || types.Find(alias.GetString()!) is not { } element || !block.TryGetProperty("properties", out var values) || values.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var property in element.Properties)
        {
            if (values.TryGetProperty(property.Alias, out var value))
            {
                AppendText(body, property, value, depth);
            }
        }
    }

    private static void AppendLine(StringBuilder body, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            body.Append(text.Trim()).Append('\n');
        }
    }

    private static string Text(IReadOnlyDictionary<string, JsonElement> properties, string alias) =>
        properties.TryGetValue(alias, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim() : "";

    private static List<string> Strings(IReadOnlyDictionary<string, JsonElement> properties, string alias)
    {
        if (!properties.TryGetValue(alias, out var value))
        {
            return [];
        }

        return value.ValueKind switch
        {
            JsonValueKind.String when !string.IsNullOrWhiteSpace(value.GetString()) => [value.GetString()!.Trim()],
            JsonValueKind.Array => [.. value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString())).Select(v => v.GetString()!.Trim())],
            _ => [],
        };
    }
}
