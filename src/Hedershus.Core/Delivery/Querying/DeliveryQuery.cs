namespace Hedershus.Core.Delivery.Querying;

/// <summary>
/// A checked query of <c>/content</c>. <see cref="Key"/> spells the filters and sorts, so equal queries share
/// cached results.
/// </summary>
public sealed record DeliveryQuery(
    DeliverySelector Selector,
    IReadOnlyList<DeliveryFilter> Filters,
    IReadOnlyList<DeliverySort> Sorts,
    int Skip,
    int Take,
    string Key)
{
    public const int DefaultTake = 10;

    /// <summary>The most items one page may hold.</summary>
    public const int MaxTake = 1000;
}
