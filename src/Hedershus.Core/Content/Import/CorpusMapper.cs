using System.Net;
using System.Text.Json;
using Hedershus.Core.Common;
using Hedershus.Core.Content.DocumentTypes;
using Hedershus.Core.Content.Editing;

namespace Hedershus.Core.Content.Import;

/// <summary>
/// Maps neutral-corpus documents to package nodes. They are placed under one container root ("Kunskapsbank",
/// fixed key) of the first root type that allows every content type in the corpus, published in every culture
/// the corpus uses, so each document has a published parent in its own culture.
/// </summary>
public sealed class CorpusMapper(DocumentTypeRegistry types)
{
    public static readonly Guid ContainerKey = new("6b0c4f58-3c1e-4e0b-9a57-6d2f1a9c0e11");

    public PackageNode Map(IReadOnlyList<CorpusDocument> documents)
    {
        var cultures = documents.Select(d => d.Culture).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var contentTypes = documents.Select(d => d.ContentType).Where(t => types.Find(t) is not null).Distinct().ToList();
        var container = types.All.FirstOrDefault(t => t.AllowedAtRoot && contentTypes.All(c => t.AllowedChildTypes.Contains(c)))
            ?? throw new InputValidationException("contentType", "No document type allowed at the root can hold every content type of the corpus.");
        return new PackageNode
        {
            Key = ContainerKey,
            ContentType = container.Alias,
            Cultures = cultures.ToDictionary(c => c, c => (CultureInput?)new CultureInput { Name = "Kunskapsbank", Segment = "kunskapsbank", Properties = Mandatory(container) }, StringComparer.OrdinalIgnoreCase),
            Children = documents.Select(MapDocument).ToList(),
        };
    }

    private PackageNode MapDocument(CorpusDocument document)
    {
        var type = types.Find(document.ContentType);
        var culture = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var invariant = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        if (type is not null)
        {
            Put(type, "summary", document.Summary, culture, invariant);
            Put(type, "body", document.Body, culture, invariant);
            Put(type, "audience", document.Audience, culture, invariant);
            Put(type, "topics", document.Topics, culture, invariant);
            Put(type, "municipality", document.Municipality, culture, invariant);
            foreach (var property in type.Properties.Where(p => p.Mandatory && !culture.ContainsKey(p.Alias) && !invariant.ContainsKey(p.Alias)))
            {
                Put(type, property.Alias, document.Name, culture, invariant);
            }
        }

        return new PackageNode
        {
            Key = document.Key,
            ContentType = document.ContentType,
            Properties = invariant.Count > 0 ? invariant : null,
            Cultures = new(StringComparer.OrdinalIgnoreCase) { [document.Culture] = new CultureInput { Name = document.Name, Properties = culture } },
        };
    }

    private static void Put(DocumentType type, string alias, object? value, Dictionary<string, JsonElement> culture, Dictionary<string, JsonElement> invariant)
    {
        var property = type.FindProperty(alias);
        if (property is null || value is null || (value is List<string> { Count: 0 }))
        {
            return;
        }

        var converted = Convert(property, value);
        if (converted is null)
        {
            return;
        }

        (property.VariesByCulture && type.VariesByCulture ? culture : invariant)[alias] = JsonSerializer.SerializeToElement(converted);
    }

    private static object? Convert(PropertyType property, object value)
    {
        var values = value as List<string> ?? [(string)value];
        return property.Editor switch
        {
            PropertyEditor.RichText => string.Concat(Paragraphs(string.Join("\n\n", values)).Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>")),
            PropertyEditor.Tags => values,
            PropertyEditor.Dropdown => Known(property, values) is { Count: > 0 } known ? (property.Config.Multiple ? known : known[0]) : null,
            _ => string.Join(", ", values),
        };
    }

    private static List<string> Known(PropertyType property, List<string> values) =>
        values.Where(v => property.Config.Items.Contains(v, StringComparer.Ordinal)).ToList();

    private static string[] Paragraphs(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static Dictionary<string, JsonElement> Mandatory(DocumentType type) =>
        type.Properties.Where(p => p.Mandatory && p.Editor is PropertyEditor.Text or PropertyEditor.TextArea)
            .ToDictionary(p => p.Alias, _ => JsonSerializer.SerializeToElement("Kunskapsbank"));
}
