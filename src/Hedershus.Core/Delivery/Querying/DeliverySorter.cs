using System.Globalization;

namespace Hedershus.Core.Delivery.Querying;

/// <summary>
/// Orders query results by the <c>sort</c> parameters. Keys are computed once per item before sorting; ties keep
/// tree order, so results are stable.
/// </summary>
internal static class DeliverySorter
{
    public static DeliveryItem[] Sort(DeliveryItem[] items, IReadOnlyList<DeliverySort> sorts, CompareInfo compare)
    {
        if (sorts.Count == 0 || items.Length < 2)
        {
            return items;
        }

        var comparisons = sorts.Select(sort => ComparisonFor(sort, items, compare)).ToArray();
        var order = new int[items.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) =>
        {
            foreach (var comparison in comparisons)
            {
                var result = comparison(a, b);
                if (result != 0)
                {
                    return result;
                }
            }

            return a.CompareTo(b);
        });

        var sorted = new DeliveryItem[items.Length];
        for (var i = 0; i < order.Length; i++)
        {
            sorted[i] = items[order[i]];
        }

        return sorted;
    }

    private static Comparison<int> ComparisonFor(DeliverySort sort, DeliveryItem[] items, CompareInfo compare)
    {
        var sign = sort.Descending ? -1 : 1;
        switch (sort.Field)
        {
            case SortField.Name:
                var names = Array.ConvertAll(items, i => compare.GetSortKey(i.Culture.Name, CompareOptions.IgnoreCase));
                return (a, b) => sign * SortKey.Compare(names[a], names[b]);
            case SortField.Property:
                var values = Array.ConvertAll(items, i => PropertySortValue.From(i, sort, compare));
                return (a, b) => PropertySortValue.Compare(values[a], values[b], sign);
            case SortField.Level:
                return By(Array.ConvertAll(items, i => i.Content.Level), sign);
            case SortField.SortOrder:
                return By(Array.ConvertAll(items, i => i.Content.SortOrder), sign);
            case SortField.CreateDate:
                return By(Array.ConvertAll(items, i => i.Content.CreateDate), sign);
            default:
                return By(Array.ConvertAll(items, i => i.Culture.PublishedAt), sign);
        }
    }

    private static Comparison<int> By<T>(T[] keys, int sign)
        where T : IComparable<T> => (a, b) => sign * keys[a].CompareTo(keys[b]);
}
