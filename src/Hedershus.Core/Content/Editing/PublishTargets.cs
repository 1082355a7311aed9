using Hedershus.Core.Common;
using Hedershus.Core.Content.DocumentTypes;
using Hedershus.Core.Content.DocumentTypes.PropertyValues;
using Hedershus.Core.Content.Storage;

namespace Hedershus.Core.Content.Editing;

/// <summary>Which cultures a publish names, and whether they may be published: drafts exist, mandatory values are filled, the parent is published.</summary>
public sealed class PublishTargets(DocumentTypeRegistry types, PropertyValueValidator values, CultureCatalog cultures)
{
    public (DocumentType Type, List<string> Cultures) Resolve(ContentNode node, IReadOnlyList<string>? requested)
    {
        if (node.Trashed)
        {
            throw new ConflictException("The node is in the recycle bin; restore it first.");
        }

        var type = types.Find(node.ContentType) ?? throw new ConflictException($"The document type '{node.ContentType}' no longer exists.");
        if (!type.VariesByCulture)
        {
            return (type, [cultures.Default]);
        }

        if (requested is null || requested.Count == 0)
        {
            throw new InputValidationException("cultures", "Name the cultures, e.g. [\"sv\", \"en\"].");
        }

        var targets = new List<string>();
        foreach (var culture in requested)
        {
            targets.Add(cultures.Normalize(culture) ?? throw new InputValidationException("cultures", $"'{culture}' is not a culture of this site."));
        }

        return (type, targets.Distinct().ToList());
    }

    public void CheckPublishable(DocumentType type, ContentData data, List<string> targets)
    {
        var errors = new ValidationErrors();
        foreach (var culture in targets)
        {
            if (!data.Cultures.TryGetValue(culture, out var cultureData))
            {
                errors.Add($"cultures.{culture}", "There is no draft in this culture to publish.");
                continue;
            }

            foreach (var property in type.Properties.Where(p => p.Mandatory))
            {
                var (source, field) = property.VariesByCulture && type.VariesByCulture
                    ? (cultureData.Properties, $"cultures.{culture}.properties.{property.Alias}")
                    : (data.Properties, $"properties.{property.Alias}");
                if (!source.TryGetValue(property.Alias, out var value) || values.IsEmpty(property, value))
                {
                    errors.Add(field, $"'{property.Alias}' is mandatory.");
                }
            }
        }

        errors.ThrowIfAny();
    }

    public void CheckParentPublished(ContentNode? parent, string culture)
    {
        if (parent is null)
        {
            return;
        }

        var parentVaries = types.Find(parent.ContentType)?.VariesByCulture ?? true;
        var parentCulture = parentVaries ? culture : cultures.Default;
        if (!parent.Cultures.Any(c => c.IsPublished && string.Equals(c.Culture, parentCulture, StringComparison.OrdinalIgnoreCase)))
        {
            throw new ConflictException($"The parent is not published in '{culture}'; publish it first.");
        }
    }
}
