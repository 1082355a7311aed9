using Hedershus.Core.Content.DocumentTypes;

namespace Hedershus.Core.Delivery.Querying;

/// <summary>
/// One <c>sort</c> parameter, e.g. <c>name:asc</c> or, for a property marked <c>sortable</c>, <c>startDate:desc</c>.
/// <paramref name="PropertiesByContentType"/> is set for property sorts.
/// </summary>
public sealed record DeliverySort(
    SortField Field,
    bool Descending,
    string? Alias = null,
    IReadOnlyDictionary<string, PropertyType>? PropertiesByContentType = null);

public enum SortField
{
    CreateDate,
    Level,
    Name,
    SortOrder,
    UpdateDate,
    Property,
}
