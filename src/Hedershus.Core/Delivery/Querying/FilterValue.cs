using System.Globalization;

namespace Hedershus.Core.Delivery.Querying;

/// <summary>A value given in a filter, read once in every way a stored value may need to be compared with it.</summary>
public sealed record FilterValue(string Text, decimal? Number, DateTime? Date, bool DateOnly, bool? Boolean)
{
    public static FilterValue Parse(string text)
    {
        var dateOnly = System.DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
        return new FilterValue(
            text,
            decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? number : null,
            PropertyValues.TryParseDate(text, out var date) ? date : null,
            dateOnly,
            bool.TryParse(text, out var flag) ? flag : null);
    }

    /// <summary>Compares a stored date with this value; a date without a time equals every moment of that day.</summary>
    public bool DateHolds(FilterOperator op, DateTime stored) =>
        Date is { } date && (op == FilterOperator.Equal && DateOnly ? stored.Date == date.Date : op.Holds(stored.CompareTo(date)));
}
