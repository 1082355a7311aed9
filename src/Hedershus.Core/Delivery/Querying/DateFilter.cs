namespace Hedershus.Core.Delivery.Querying;

/// <summary><c>createDate&gt;2024-01-01</c>, <c>updateDate&lt;:2025-06-30</c> and the like.</summary>
public sealed class DateFilter(bool updateDate, FilterOperator op, FilterValue value) : DeliveryFilter
{
    public override bool Matches(DeliveryItem item) =>
        value.DateHolds(op, updateDate ? item.Culture.PublishedAt : item.Content.CreateDate);
}
