using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Hedershus.Core.Common;
using Hedershus.Core.Content.DocumentTypes;

namespace Hedershus.Core.Delivery.Querying;

/// <summary>
/// Reads one <c>filter</c> parameter: <c>contentType:a,b</c>, <c>name:text</c>, <c>createDate&gt;2024-01-01</c>
/// (also <c>&gt;:</c>, <c>&lt;</c>, <c>&lt;:</c>, and <c>updateDate</c>), and <c>alias:value</c> for properties marked
/// filterable. A leading <c>!</c> negates the values.
/// </summary>
internal sealed partial class DeliveryFilterParser(FrozenDictionary<string, FrozenDictionary<string, PropertyType>> filterable)
{
    public DeliveryFilter? Parse(string filter, ValidationErrors errors)
    {
        if (filter.StartsWith("contentType:", StringComparison.OrdinalIgnoreCase))
        {
            return Values(filter["contentType:".Length..], filter, errors) is { } given ? new ContentTypeFilter(given.Texts, given.Negate) : null;
        }

        if (filter.StartsWith("name:", StringComparison.OrdinalIgnoreCase))
        {
            return Values(filter["name:".Length..], filter, errors) is { } given ? new NameFilter(given.Texts, given.Negate) : null;
        }

        var match = FilterPattern().Match(filter);
        if (!match.Success)
        {
            errors.Add("filter", $"'{filter}' is not a filter. Use e.g. contentType:alias, name:text, createDate>2024-01-01 or a filterable property, alias:value.");
            return null;
        }

        var (field, op, rest) = (match.Groups["field"].Value, Operator(match.Groups["op"].Value), match.Groups["value"].Value);
        if (field.Equals("createDate", StringComparison.OrdinalIgnoreCase) || field.Equals("updateDate", StringComparison.OrdinalIgnoreCase))
        {
            return ParseDateFilter(field, op, rest, filter, errors);
        }

        if (filterable.TryGetValue(field, out var properties))
        {
            return ParsePropertyFilter(field, properties, op, rest, filter, errors);
        }

        errors.Add("filter", $"Unknown filter '{field}' in '{filter}'. Filterable: contentType, name, createDate, updateDate{DeliveryQueryParser.Known(filterable)}.");
        return null;
    }

    private static DateFilter? ParseDateFilter(string field, FilterOperator op, string text, string filter, ValidationErrors errors)
    {
        var value = FilterValue.Parse(text.Trim());
        if (value.Date is null)
        {
            errors.Add("filter", $"'{filter}': '{text}' is not a date. Use e.g. {field}>2024-01-01.");
            return null;
        }

        return new DateFilter(field.Equals("updateDate", StringComparison.OrdinalIgnoreCase), op, value);
    }

    private static PropertyFilter? ParsePropertyFilter(
        string alias, FrozenDictionary<string, PropertyType> properties, FilterOperator op, string rest, string filter, ValidationErrors errors)
    {
        var editors = properties.Values.Select(p => p.Editor).Distinct().ToList();
        var ordered = editors.All(e => e is PropertyEditor.Number or PropertyEditor.DateTime);
        if (op != FilterOperator.Equal && !ordered)
        {
            errors.Add("filter", $"'{filter}': '{alias}' can only be compared with ':' (it is not a number or a date).");
            return null;
        }

        if (Values(rest, filter, errors) is not { } given)
        {
            return null;
        }

        var values = given.Texts.Select(FilterValue.Parse).ToList();
        if ((editors.Contains(PropertyEditor.Number) && values.Any(v => v.Number is null)) || (editors.Contains(PropertyEditor.DateTime) && values.Any(v => v.Date is null)))
        {
            errors.Add("filter", $"'{filter}': '{rest}' is not a {(editors.Contains(PropertyEditor.Number) ? "number" : "date")}.");
            return null;
        }

        return new PropertyFilter(alias, properties, op, values, given.Negate);
    }

    private static GivenValues? Values(string text, string filter, ValidationErrors errors)
    {
        var negate = text.StartsWith('!');
        var values = (negate ? text[1..] : text).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (values.Length == 0)
        {
            errors.Add("filter", $"'{filter}': give a value, or several separated by commas.");
            return null;
        }

        return new GivenValues(values, negate);
    }

    private static FilterOperator Operator(string op) => op switch
    {
        ">" => FilterOperator.GreaterThan,
        ">:" => FilterOperator.GreaterOrEqual,
        "<" => FilterOperator.LessThan,
        "<:" => FilterOperator.LessOrEqual,
        _ => FilterOperator.Equal,
    };

    private sealed record GivenValues(IReadOnlyList<string> Texts, bool Negate);

    [GeneratedRegex("^(?<field>[A-Za-z][A-Za-z0-9]*)(?<op>>:|<:|>|<|:)(?<value>.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline, 100)]
    private static partial Regex FilterPattern();
}
