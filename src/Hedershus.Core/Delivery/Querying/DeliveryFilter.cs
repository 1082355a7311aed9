namespace Hedershus.Core.Delivery.Querying;

/// <summary>One <c>filter</c> parameter. Filters are combined with AND; values inside one filter with OR.</summary>
public abstract class DeliveryFilter
{
    public abstract bool Matches(DeliveryItem item);
}

public enum FilterOperator
{
    Equal,
    GreaterThan,
    GreaterOrEqual,
    LessThan,
    LessOrEqual,
}

internal static class FilterOperatorExtensions
{
    /// <summary>Whether a comparison result (value compared with the filter's value) satisfies the operator.</summary>
    public static bool Holds(this FilterOperator op, int comparison) => op switch
    {
        FilterOperator.GreaterThan => comparison > 0,
        FilterOperator.GreaterOrEqual => comparison >= 0,
        FilterOperator.LessThan => comparison < 0,
        FilterOperator.LessOrEqual => comparison <= 0,
        _ => comparison == 0,
    };
}
