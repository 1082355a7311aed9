using System.Collections.Frozen;
using System.Globalization;
using Hedershus.Core.Common;
using Hedershus.Core.Content.DocumentTypes;

namespace Hedershus.Core.Delivery.Querying;

/// <summary>
/// Reads the <c>fetch</c>, <c>filter</c>, <c>sort</c>, <c>skip</c> and <c>take</c> parameters. Anything it does not
/// know is a 400 naming the parameter, never an empty result.
/// </summary>
public sealed class DeliveryQueryParser
{
    private static readonly FrozenDictionary<string, SortField> BuiltInSorts = new Dictionary<string, SortField>(StringComparer.OrdinalIgnoreCase)
    {
        ["createDate"] = SortField.CreateDate,
        ["level"] = SortField.Level,
        ["name"] = SortField.Name,
        ["sortOrder"] = SortField.SortOrder,
        ["updateDate"] = SortField.UpdateDate,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private readonly DeliveryFilterParser _filters;
    private readonly FrozenDictionary<string, FrozenDictionary<string, PropertyType>> _sortable;

    public DeliveryQueryParser(DocumentTypeRegistry types)
    {
        _filters = new DeliveryFilterParser(PropertiesWhere(types, p => p.Filterable));
        _sortable = PropertiesWhere(types, p => p.Sortable);
    }

    public DeliveryQuery Parse(string? fetch, IReadOnlyList<string>? filters, IReadOnlyList<string>? sorts, string? skip, string? take)
    {
        var errors = new ValidationErrors();
        var selector = ParseSelector(fetch, errors);
        var filterTexts = NonEmpty(filters);
        var sortTexts = NonEmpty(sorts);
        var parsedFilters = filterTexts.Select(f => _filters.Parse(f, errors)).OfType<DeliveryFilter>().ToList();
        var parsedSorts = sortTexts.Select(s => ParseSort(s, errors)).OfType<DeliverySort>().ToList();
        var skipCount = Count(skip, "skip", 0, 0, int.MaxValue, errors);
        var takeCount = Count(take, "take", DeliveryQuery.DefaultTake, 1, DeliveryQuery.MaxTake, errors);
        errors.ThrowIfAny();
        var key = string.Join('\u001f', filterTexts) + "\u001e" + string.Join('\u001f', sortTexts);
        return new DeliveryQuery(selector, parsedFilters, parsedSorts, skipCount, takeCount, key);
    }

    private static DeliverySelector ParseSelector(string? fetch, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(fetch))
        {
            return DeliverySelector.All;
        }

        var colon = fetch.IndexOf(':', StringComparison.Ordinal);
        var kind = colon < 0 ? fetch.Trim() : fetch[..colon].Trim();
        var target = colon < 0 ? "" : fetch[(colon + 1)..].Trim();
        SelectorKind? known = kind.ToLowerInvariant() switch
        {
            "ancestors" => SelectorKind.Ancestors,
            "children" => SelectorKind.Children,
            "descendants" => SelectorKind.Descendants,
            _ => null,
        };
        if (known is null)
        {
            errors.Add("fetch", $"Unknown selector '{kind}'. Use ancestors:{{id|path}}, children:{{id|path}} or descendants:{{id|path}}.");
            return DeliverySelector.All;
        }

        if (target.Length == 0)
        {
            errors.Add("fetch", $"Give the id or path of the start item after '{kind}:'.");
        }

        return new DeliverySelector(known.Value, target);
    }

    private DeliverySort? ParseSort(string sort, ValidationErrors errors)
    {
        var colon = sort.LastIndexOf(':');
        var field = colon < 0 ? sort : sort[..colon].Trim();
        var direction = colon < 0 ? "" : sort[(colon + 1)..].Trim().ToLowerInvariant();
        if (direction is not ("asc" or "desc"))
        {
            errors.Add("sort", $"'{sort}': give the direction, e.g. {field}:asc or {field}:desc.");
            return null;
        }

        if (BuiltInSorts.TryGetValue(field, out var builtIn))
        {
            return new DeliverySort(builtIn, direction == "desc");
        }

        if (_sortable.TryGetValue(field, out var properties))
        {
            return new DeliverySort(SortField.Property, direction == "desc", field, properties);
        }

        errors.Add("sort", $"Unknown sort '{field}'. Sortable: createDate, level, name, sortOrder, updateDate{Known(_sortable)}.");
        return null;
    }

    private static int Count(string? text, string parameter, int whenMissing, int min, int max, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return whenMissing;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < min || count > max)
        {
            errors.Add(parameter, max == int.MaxValue ? $"Give a whole number, {min} or more." : $"Give a whole number from {min} to {max}.");
        }

        return count;
    }

    private static List<string> NonEmpty(IReadOnlyList<string>? values) =>
        values?.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).ToList() ?? [];

    internal static string Known(FrozenDictionary<string, FrozenDictionary<string, PropertyType>> properties) =>
        properties.Count == 0 ? "" : ", " + string.Join(", ", properties.Keys.Order(StringComparer.Ordinal));

    internal static FrozenDictionary<string, FrozenDictionary<string, PropertyType>> PropertiesWhere(DocumentTypeRegistry types, Func<PropertyType, bool> predicate) =>
        types.All
            .Where(t => !t.IsElement)
            .SelectMany(t => t.Properties.Where(predicate).Select(p => (Type: t.Alias, Property: p)))
            .GroupBy(x => x.Property.Alias, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToFrozenDictionary(x => x.Type, x => x.Property, StringComparer.Ordinal), StringComparer.Ordinal);
}
