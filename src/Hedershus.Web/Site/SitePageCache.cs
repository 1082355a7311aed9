using System.Collections.Concurrent;
using Hedershus.Core.Content.Published;
using Microsoft.Extensions.Options;

namespace Hedershus.Web.Site;

/// <summary>
/// Rendered pages kept for the published snapshot they were made from; the first request after a publish starts a
/// new generation, so a page is never older than what is published. Keys name what a page depends on (culture and
/// node, or the checked filter values), never a raw query string, so junk cannot fill it. Search results are never
/// kept: they hold the visitor's words (SAFETY.md S9). Over the memory budget pages are made but not kept.
/// </summary>
public sealed class SitePageCache(PublishedSnapshotService snapshots, IOptions<SiteOptions> options)
{
    private const int MaxPageBytes = 512 * 1024;
    private Generation _generation = new(PublishedSnapshot.Empty);

    /// <summary>Pages kept in the current generation.</summary>
    public int Count => Volatile.Read(ref _generation).Pages.Count;

    public byte[]? Find(string? key)
    {
        var generation = Volatile.Read(ref _generation);
        return key is not null && ReferenceEquals(generation.Snapshot, snapshots.Current) && generation.Pages.TryGetValue(key, out var page) ? page : null;
    }

    /// <summary>Keeps a page rendered from <paramref name="snapshot"/> while that snapshot is still the current one.</summary>
    public void Store(string? key, PublishedSnapshot snapshot, byte[] page)
    {
        if (key is null || page.Length > MaxPageBytes || !ReferenceEquals(snapshot, snapshots.Current))
        {
            return;
        }

        var generation = Current(snapshot);
        var budget = (long)Math.Max(0, options.Value.PageCacheMegabytes) * 1024 * 1024;
        if (generation is not null && Interlocked.Add(ref generation.Bytes, page.Length) <= budget)
        {
            generation.Pages.TryAdd(key, page);
        }
    }

    private Generation? Current(PublishedSnapshot snapshot)
    {
        var generation = Volatile.Read(ref _generation);
        if (ReferenceEquals(generation.Snapshot, snapshot))
        {
            return generation;
        }

        var fresh = new Generation(snapshot);
        var seen = Interlocked.CompareExchange(ref _generation, fresh, generation);
        return ReferenceEquals(seen, generation) ? fresh : ReferenceEquals(seen.Snapshot, snapshot) ? seen : null;
    }

    private sealed class Generation(PublishedSnapshot snapshot)
    {
        public long Bytes;

        public PublishedSnapshot Snapshot => snapshot;

        public ConcurrentDictionary<string, byte[]> Pages { get; } = new(StringComparer.Ordinal);
    }
}
