using System.Collections.Concurrent;
using System.Security.Cryptography;
using Hedershus.Core.Content.Published;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Hedershus.Web.Api.Delivery;

/// <summary>
/// Answers of public Delivery API requests, kept for the published snapshot they were made from. When the
/// snapshot changes (a publish anywhere), the next request starts a new generation, so an answer is never
/// older than what is published. Bounded in memory; over the budget, answers are made but not kept.
/// </summary>
public sealed class DeliveryOutputCache(PublishedSnapshotService snapshots, IOptions<DeliveryApiOptions> options)
{
    private const int MaxBodyBytes = 512 * 1024;
    private Generation _generation = new(PublishedSnapshot.Empty);

    public CachedAnswer? Find(string? key)
    {
        var generation = Volatile.Read(ref _generation);
        return key is not null && ReferenceEquals(generation.Snapshot, snapshots.Current) && generation.Answers.TryGetValue(key, out var answer)
            ? answer
            : null;
    }

    /// <summary>Makes the answer (with its ETag) and keeps it when the snapshot it came from is still current.</summary>
    public CachedAnswer Store(string? key, PublishedSnapshot snapshot, byte[] body)
    {
        var answer = new CachedAnswer(body, ETagOf(body));
        if (key is null || body.Length > MaxBodyBytes || !ReferenceEquals(snapshot, snapshots.Current))
        {
            return answer;
        }

        var generation = Current(snapshot);
        var budget = (long)Math.Max(0, options.Value.OutputCacheMegabytes) * 1024 * 1024;
        if (generation is not null && Interlocked.Add(ref generation.Bytes, body.Length) <= budget)
        {
            generation.Answers.TryAdd(key, answer);
        }

        return answer;
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

    private static EntityTagHeaderValue ETagOf(byte[] body) =>
        new("\"" + Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 16)) + "\"");

    private sealed class Generation(PublishedSnapshot snapshot)
    {
        public long Bytes;

        public PublishedSnapshot Snapshot { get; } = snapshot;

        public ConcurrentDictionary<string, CachedAnswer> Answers { get; } = new(StringComparer.Ordinal);
    }
}
