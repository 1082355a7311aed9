using System.Collections.Concurrent;
using System.Security.Cryptography;
using Hedershus.Core.Content.Published;
using Hedershus.Core.Delivery;
using Hedershus.Core.Media;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Hedershus.Web.Api.Delivery;

/// <summary>
/// Answers of public Delivery API requests, kept for the published snapshot and media snapshot they were made from.
/// When either changes (a publish anywhere, a media change), the next request starts a new generation, so an answer
/// is never older than what is published. Bounded in memory; over the budget, answers are made but not kept.
/// </summary>
public sealed class DeliveryOutputCache(PublishedSnapshotService snapshots, MediaSnapshotService media, IOptions<DeliveryApiOptions> options)
{
    private const int MaxBodyBytes = 512 * 1024;
    private Generation _generation = new(PublishedSnapshot.Empty, MediaSnapshot.Empty);

    public CachedAnswer? Find(string? key)
    {
        var generation = Volatile.Read(ref _generation);
        return key is not null && generation.IsCurrent(snapshots.Current, media.Current) && generation.Answers.TryGetValue(key, out var answer)
            ? answer
            : null;
    }

    /// <summary>Makes the answer (with its ETag) and keeps it when the snapshots it came from are still current.</summary>
    public CachedAnswer Store(string? key, DeliveryContext context, byte[] body)
    {
        var answer = new CachedAnswer(body, ETagOf(body));
        if (key is null || body.Length > MaxBodyBytes || !ReferenceEquals(context.Snapshot, snapshots.Current) || !ReferenceEquals(context.Media, media.Current))
        {
            return answer;
        }

        var generation = Current(context);
        var budget = (long)Math.Max(0, options.Value.OutputCacheMegabytes) * 1024 * 1024;
        if (generation is not null && Interlocked.Add(ref generation.Bytes, body.Length) <= budget)
        {
            generation.Answers.TryAdd(key, answer);
        }

        return answer;
    }

    private Generation? Current(DeliveryContext context)
    {
        var generation = Volatile.Read(ref _generation);
        if (generation.IsCurrent(context.Snapshot, context.Media))
        {
            return generation;
        }

        var fresh = new Generation(context.Snapshot, context.Media);
        var seen = Interlocked.CompareExchange(ref _generation, fresh, generation);
        return ReferenceEquals(seen, generation) ? fresh : seen.IsCurrent(context.Snapshot, context.Media) ? seen : null;
    }

    private static EntityTagHeaderValue ETagOf(byte[] body) =>
        new("\"" + Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 16)) + "\"");

    private sealed class Generation(PublishedSnapshot snapshot, MediaSnapshot media)
    {
        public long Bytes;

        public ConcurrentDictionary<string, CachedAnswer> Answers { get; } = new(StringComparer.Ordinal);

        public bool IsCurrent(PublishedSnapshot currentSnapshot, MediaSnapshot currentMedia) =>
            ReferenceEquals(snapshot, currentSnapshot) && ReferenceEquals(media, currentMedia);
    }
}
