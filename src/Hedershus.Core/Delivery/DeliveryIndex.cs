using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Hedershus.Core.Content.Published;

namespace Hedershus.Core.Delivery;

/// <summary>
/// What the Delivery API derives from one published snapshot, built lazily and dropped with the snapshot:
/// tree order, the results of queries (filtered and sorted, before paging), so paging through a query or
/// asking it again is a dictionary hit, and redirect lookups, so unknown paths do not each cost a database
/// query. A new snapshot starts empty, so nothing is ever stale.
/// </summary>
public sealed class DeliveryIndex
{
    /// <summary>Caps the memory cached results may take per snapshot (a result item is 16 bytes).</summary>
    public const int MaxCachedItems = 2_000_000;

    public const int MaxCachedResults = 5_000;

    public const int MaxCachedRedirects = 10_000;

    private static readonly ConditionalWeakTable<PublishedSnapshot, DeliveryIndex> Indexes = [];

    private readonly Lazy<PublishedContent[]> _treeOrder;
    private readonly ConcurrentDictionary<string, DeliveryItem[]> _results = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RouteMatch?> _redirects = new(StringComparer.Ordinal);
    private int _cachedItems;

    private DeliveryIndex(PublishedSnapshot snapshot)
    {
        _treeOrder = new Lazy<PublishedContent[]>(() => snapshot.Roots.SelectMany(root => snapshot.Descendants(root).Prepend(root)).ToArray());
    }

    public static DeliveryIndex For(PublishedSnapshot snapshot) => Indexes.GetValue(snapshot, s => new DeliveryIndex(s));

    /// <summary>Every node, roots in order, each followed by its descendants depth-first in sort order.</summary>
    public IReadOnlyList<PublishedContent> TreeOrder => _treeOrder.Value;

    public bool TryGetResult(string key, out DeliveryItem[] items) => _results.TryGetValue(key, out items!);

    public void AddResult(string key, DeliveryItem[] items)
    {
        if (_results.Count >= MaxCachedResults || Interlocked.Add(ref _cachedItems, items.Length) > MaxCachedItems)
        {
            return;
        }

        _results.TryAdd(key, items);
    }

    /// <summary>
    /// Redirect lookups, found or not. Redirects are written in the transaction that writes the journal row, so a
    /// new redirect always comes with a new snapshot and never hides behind a cached miss.
    /// </summary>
    public bool TryGetRedirect(string key, out RouteMatch? match) => _redirects.TryGetValue(key, out match);

    public void AddRedirect(string key, RouteMatch? match)
    {
        if (_redirects.Count < MaxCachedRedirects)
        {
            _redirects.TryAdd(key, match);
        }
    }
}
