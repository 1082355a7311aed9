using System.Text.Json;
using Hedershus.Core.Content.DocumentTypes;

namespace Hedershus.Core.Delivery.Querying;

/// <summary>
/// A filter on a document-type property marked <c>filterable</c>: <c>audience:young</c> matches a value, or an
/// element of an array value, case-insensitively; numbers and dates also take <c>&gt;</c>, <c>&gt;:</c>,
/// <c>&lt;</c>, <c>&lt;:</c>. Nodes of types without the property match only a negated filter.
/// </summary>
public sealed class PropertyFilter(
    string alias,
    IReadOnlyDictionary<string, PropertyType> propertiesByContentType,
    FilterOperator op,
    IReadOnlyList<FilterValue> values,
    bool negate) : DeliveryFilter
{
    public override bool Matches(DeliveryItem item)
    {
        if (!propertiesByContentType.TryGetValue(item.Content.ContentType, out var property)
            || !item.Culture.Properties.TryGetValue(alias, out var stored))
        {
            return negate;
        }

        if (stored.ValueKind == JsonValueKind.Array)
        {
            foreach (var element in stored.EnumerateArray())
            {
                if (MatchesScalar(property.Editor, element))
                {
                    return !negate;
                }
            }

            return negate;
        }

        return MatchesScalar(property.Editor, stored) != negate;
    }

    private bool MatchesScalar(PropertyEditor editor, JsonElement stored)
    {
        foreach (var value in values)
        {
            if (Matches(editor, stored, value))
            {
                return true;
            }
        }

        return false;
    }

    private bool Matches(PropertyEditor editor, JsonElement stored, FilterValue value) => editor switch
    {
        PropertyEditor.Number => value.Number is { } number && PropertyValues.TryGetNumber(stored, out var n) && op.Holds(n.CompareTo(number)),
        PropertyEditor.DateTime => PropertyValues.TryGetDate(stored, out var date) && value.DateHolds(op, date),
        PropertyEditor.Boolean => value.Boolean is { } flag && PropertyValues.GetBoolean(stored) == flag,
        _ => string.Equals(PropertyValues.GetText(stored), value.Text, StringComparison.OrdinalIgnoreCase),
    };
}
