using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hedershus.Core.Common;

/// <summary>
/// Gives memory back after bulk work whose garbage is as large as the content — start-up reading every published
/// row, a full rebuild of the search index — with one aggressive, compacting collection. Left alone, the collector
/// keeps that much committed for good (about 30 MB after start-up and 80 MB after a rebuild, with 10,000 nodes × 3
/// cultures). Off with <see cref="HedershusOptions.CompactMemoryAfterBulkWork"/>.
/// </summary>
public sealed class MemoryCompactor(IOptions<HedershusOptions> options, ILogger<MemoryCompactor> logger)
{
    private const double Megabyte = 1024 * 1024;

    /// <param name="work">What was just done, for the log.</param>
    public void Compact(string work)
    {
        if (!options.Value.CompactMemoryAfterBulkWork)
        {
            return;
        }

        var watch = Stopwatch.StartNew();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        logger.LogInformation(
            "Memory compacted after {Work} in {Milliseconds:0} ms: {Heap:0} MB in use, {Committed:0} MB committed",
            work, watch.Elapsed.TotalMilliseconds, GC.GetTotalMemory(forceFullCollection: false) / Megabyte, GC.GetGCMemoryInfo().TotalCommittedBytes / Megabyte);
    }
}
