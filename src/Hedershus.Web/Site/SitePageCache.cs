using System.Collections.Concurrent;
using Hedershus.Core.Content.Published;
using Hedershus.Core.Dictionary;
using Hedershus.Core.Media;
using Microsoft.Extensions.Options;

namespace Hedershus.Web.Site;

/// <summary>
/// Rendered pages kept for what they were made from: the published content, the media and the dictionary's texts.
/// The first request after any of them changes starts a new generation, so a page is never older than what is
/// published. Keys name what a page depends on (culture and node, or the checked filter values), never a raw query
/// string, so junk cannot fill it. Search results are never kept: they hold the visitor's words (SAFETY.md S9).
/// Over the memory budget pages are made but not kept.
/// </summary>
public sealed class SitePageCache(
    PublishedSnapshotService content, MediaSnapshotService media, DictionarySnapshotService texts, IOptions<SiteOptions> options)
{
    private const int MaxPageBytes = 512 * 1024;
    private Generation _generation = new(default);

    /// <summary>Pages kept in the current generation.</summary>
    public int Count => Volatile.Read(ref _generation).Pages.Count;

    /// <summary>What a page rendered now is made from; take it before resolving the page and pass it to <see cref="Store"/>.</summary>
    public SiteSources Sources() => new(content.Current, media.Current, texts.Current);

    public byte[]? Find(string? key)
    {
        var generation = Volatile.Read(ref _generation);
        return key is not null && generation.Sources.Same(Sources()) && generation.Pages.TryGetValue(key, out var page) ? page : null;
    }

    /// <summary>Keeps a page made from <paramref name="sources"/> while they are still what is current.</summary>
    public void Store(string? key, SiteSources sources, byte[] page)
    {
        if (key is null || page.Length > MaxPageBytes || !sources.Same(Sources()))
        {
            return;
        }

        var generation = Current(sources);
        var budget = (long)Math.Max(0, options.Value.PageCacheMegabytes) * 1024 * 1024;
        if (generation is not null && Interlocked.Add(ref generation.Bytes, page.Length) <= budget)
        {
            generation.Pages.TryAdd(key, page);
        }
    }

    private Generation? Current(SiteSources sources)
    {
        var generation = Volatile.Read(ref _generation);
        if (generation.Sources.Same(sources))
        {
            return generation;
        }

        var fresh = new Generation(sources);
        var seen = Interlocked.CompareExchange(ref _generation, fresh, generation);
        return ReferenceEquals(seen, generation) ? fresh : seen.Sources.Same(sources) ? seen : null;
    }

    private sealed class Generation(SiteSources sources)
    {
        public long Bytes;

        public SiteSources Sources => sources;

        public ConcurrentDictionary<string, byte[]> Pages { get; } = new(StringComparer.Ordinal);
    }
}

/// <summary>The snapshots a public page is made from; each one is replaced, never changed, when its data changes.</summary>
public readonly record struct SiteSources(PublishedSnapshot? Content, MediaSnapshot? Media, DictionarySnapshot? Texts)
{
    public bool Same(SiteSources other) =>
        Content is not null && ReferenceEquals(Content, other.Content) && ReferenceEquals(Media, other.Media) && ReferenceEquals(Texts, other.Texts);
}
