using System.Text.Json;
using Hedershus.Core.Common;
using Hedershus.Core.Content.DocumentTypes;
using Hedershus.Core.Content.DocumentTypes.PropertyValues;
using Hedershus.Core.Content.Routing;

namespace Hedershus.Core.Content.Editing;

/// <summary>Turns a create or update request into checked <see cref="ContentData"/>, naming every bad field.</summary>
public sealed class ContentDataBuilder(DocumentTypeRegistry types, PropertyValueValidator values, CultureCatalog cultures)
{
    public const int MaxNameLength = 255;

    public DocumentType RequireType(string? alias)
    {
        if (string.IsNullOrWhiteSpace(alias))
        {
            throw new InputValidationException("contentType", "Give the alias of a document type.");
        }

        var type = types.Find(alias) ?? throw new InputValidationException("contentType", $"There is no document type '{alias}'.");
        if (type.IsElement)
        {
            throw new InputValidationException("contentType", $"'{alias}' is an element type: it describes blocks, not pages.");
        }

        return type;
    }

    /// <summary>The data after applying the request to <paramref name="existing"/> (null when creating).</summary>
    public ContentData Build(DocumentType type, ContentData? existing, Dictionary<string, JsonElement>? properties, Dictionary<string, CultureInput?>? input, ValidationErrors errors)
    {
        var invariant = properties is null
            ? new Dictionary<string, JsonElement>(existing?.Properties ?? [], StringComparer.Ordinal)
            : CheckProperties(type, properties, variant: false, "properties", errors);
        var result = new Dictionary<string, CultureData>(existing?.Cultures ?? [], StringComparer.OrdinalIgnoreCase);
        foreach (var (code, culture) in input ?? [])
        {
            var field = $"cultures.{code}";
            var known = cultures.Normalize(code);
            if (known is null)
            {
                errors.Add(field, $"'{code}' is not a culture of this site. Known: {string.Join(", ", cultures.All.Select(c => c.Code))}.");
                continue;
            }

            if (!type.VariesByCulture && known != cultures.Default)
            {
                errors.Add(field, $"'{type.Alias}' does not vary by culture; give its values under '{cultures.Default}'.");
                continue;
            }

            if (culture is null)
            {
                result.Remove(known);
                continue;
            }

            result[known] = BuildCulture(type, culture, field, errors);
        }

        if (result.Count == 0)
        {
            errors.Add("cultures", "Give at least one culture with a name.");
        }

        return new ContentData { Properties = invariant, Cultures = result };
    }

    private CultureData BuildCulture(DocumentType type, CultureInput input, string field, ValidationErrors errors)
    {
        var name = input.Name?.Trim() ?? "";
        if (name.Length == 0)
        {
            errors.Add($"{field}.name", "A name is required.");
        }
        else if (name.Length > MaxNameLength)
        {
            errors.Add($"{field}.name", $"A name has at most {MaxNameLength} characters.");
        }

        var segment = input.Segment?.Trim();
        if (string.IsNullOrEmpty(segment))
        {
            segment = UrlSegment.FromName(name);
        }
        else if (!UrlSegment.IsValid(segment))
        {
            errors.Add($"{field}.segment", "A URL segment has lowercase letters, digits and single hyphens only.");
        }

        if (!type.VariesByCulture)
        {
            if (input.Properties is { Count: > 0 })
            {
                errors.Add($"{field}.properties", $"'{type.Alias}' does not vary by culture: give its properties under properties.");
            }

            return new CultureData { Name = name, Segment = segment };
        }

        var properties = CheckProperties(type, input.Properties ?? [], variant: true, $"{field}.properties", errors);
        return new CultureData { Name = name, Segment = segment, Properties = properties };
    }

    private Dictionary<string, JsonElement> CheckProperties(DocumentType type, Dictionary<string, JsonElement> given, bool variant, string field, ValidationErrors errors)
    {
        var checkedValues = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var (alias, value) in given)
        {
            var property = type.FindProperty(alias);
            if (property is null)
            {
                errors.Add($"{field}.{alias}", $"'{type.Alias}' has no property '{alias}'.");
                continue;
            }

            if (type.VariesByCulture && property.VariesByCulture != variant)
            {
                errors.Add($"{field}.{alias}", property.VariesByCulture
                    ? $"'{alias}' varies by culture: give it under cultures.{{culture}}.properties."
                    : $"'{alias}' is the same in every culture: give it under properties.");
                continue;
            }

            checkedValues[alias] = values.Normalize(property, value, $"{field}.{alias}", errors);
            if (type.ForbidsStreetAddresses)
            {
                StreetAddressCheck.Check(value, $"{field}.{alias}", errors);
            }
        }

        return checkedValues;
    }
}
