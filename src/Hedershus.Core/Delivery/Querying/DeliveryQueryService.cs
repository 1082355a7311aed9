using Hedershus.Core.Common;
using Hedershus.Core.Content.Published;

namespace Hedershus.Core.Delivery.Querying;

/// <summary>
/// Runs <c>/content</c> queries over the snapshot: select (fetch), keep what is routable in the request's
/// cultures and passes every filter, sort, then page. Results before paging are cached per snapshot.
/// </summary>
public sealed class DeliveryQueryService(ContentPathResolver paths, CultureComparers comparers)
{
    public PagedResult<DeliveryItem> Execute(DeliveryContext context, DeliveryQuery query)
    {
        var (source, sourceKey) = Select(context, query.Selector);
        var index = DeliveryIndex.For(context.Snapshot);
        var key = string.Concat(context.Culture, "|", sourceKey, "|", query.Key);
        if (!context.SeesPublicView || !index.TryGetResult(key, out var items))
        {
            items = Evaluate(context, source, query);
            if (context.SeesPublicView)
            {
                index.AddResult(key, items);
            }
        }

        var page = query.Skip >= items.Length
            ? ArraySegment<DeliveryItem>.Empty
            : new ArraySegment<DeliveryItem>(items, query.Skip, Math.Min(query.Take, items.Length - query.Skip));
        return new PagedResult<DeliveryItem>(items.Length, page);
    }

    /// <summary>The nodes the selector names, in tree order, and a key that names them independent of spelling.</summary>
    private (IEnumerable<PublishedContent> Source, string Key) Select(DeliveryContext context, DeliverySelector selector)
    {
        var snapshot = context.Snapshot;
        if (selector.Kind == SelectorKind.All)
        {
            // As in Umbraco: with a Start-Item and no fetch, the query covers what lies below the start item.
            return context.StartItem is { } start
                ? (snapshot.Descendants(start), "descendants:" + start.Key)
                : (DeliveryIndex.For(snapshot).TreeOrder, "all");
        }

        var target = Target(context, selector.Target!);
        return selector.Kind switch
        {
            SelectorKind.Children => (snapshot.Children(target.Key), "children:" + target.Key),
            SelectorKind.Descendants => (snapshot.Descendants(target), "descendants:" + target.Key),
            _ => (snapshot.Ancestors(target).Reverse(), "ancestors:" + target.Key),
        };
    }

    private PublishedContent Target(DeliveryContext context, string target) =>
        (Guid.TryParse(target, out var key) ? context.Snapshot.Find(key) : paths.Resolve(context, target)?.Content)
        ?? throw new NotFoundException($"The start item of fetch, '{target}', could not be found.");

    private DeliveryItem[] Evaluate(DeliveryContext context, IEnumerable<PublishedContent> source, DeliveryQuery query)
    {
        var kept = new List<DeliveryItem>();
        foreach (var content in source)
        {
            if (context.Visible(content) is { } item && PassesAll(query.Filters, item))
            {
                kept.Add(item);
            }
        }

        return DeliverySorter.Sort(kept.ToArray(), query.Sorts, comparers.For(context.Culture));
    }

    private static bool PassesAll(IReadOnlyList<DeliveryFilter> filters, DeliveryItem item)
    {
        foreach (var filter in filters)
        {
            if (!filter.Matches(item))
            {
                return false;
            }
        }

        return true;
    }
}
