using System.Globalization;
using System.Text.Json;
using Hedershus.Core.Content.DocumentTypes;

namespace Hedershus.Core.Delivery.Querying;

/// <summary>A property value made comparable once, before sorting. Missing values sort last in both directions.</summary>
internal readonly record struct PropertySortValue(int Kind, decimal Number, DateTime Date, SortKey? Text)
{
    private const int Missing = 0;
    private const int NumberKind = 1;
    private const int DateKind = 2;
    private const int TextKind = 3;

    public static PropertySortValue From(DeliveryItem item, DeliverySort sort, CompareInfo compare)
    {
        if (sort.PropertiesByContentType is null
            || !sort.PropertiesByContentType.TryGetValue(item.Content.ContentType, out var property)
            || !item.Culture.Properties.TryGetValue(sort.Alias!, out var stored)
            || PropertyValues.First(stored) is not { } value)
        {
            return default;
        }

        return property.Editor switch
        {
            PropertyEditor.Number when PropertyValues.TryGetNumber(value, out var n) => new(NumberKind, n, default, null),
            PropertyEditor.DateTime when PropertyValues.TryGetDate(value, out var d) => new(DateKind, 0, d, null),
            PropertyEditor.Boolean when PropertyValues.GetBoolean(value) is { } b => new(NumberKind, b ? 1 : 0, default, null),
            _ when value.ValueKind != JsonValueKind.Object && PropertyValues.GetText(value) is { } text =>
                new(TextKind, 0, default, compare.GetSortKey(text, CompareOptions.IgnoreCase)),
            _ => default,
        };
    }

    public static int Compare(PropertySortValue a, PropertySortValue b, int sign)
    {
        if (a.Kind == Missing || b.Kind == Missing)
        {
            return (a.Kind == Missing).CompareTo(b.Kind == Missing);
        }

        if (a.Kind != b.Kind)
        {
            return sign * a.Kind.CompareTo(b.Kind);
        }

        return sign * a.Kind switch
        {
            NumberKind => a.Number.CompareTo(b.Number),
            DateKind => a.Date.CompareTo(b.Date),
            _ => SortKey.Compare(a.Text!, b.Text!),
        };
    }
}
