using System.Diagnostics;
using System.Globalization;

namespace Hedershus.SearchSpeed;

/// <summary>Collects the figures of a run and prints them with the targets of issue 3.</summary>
public sealed class SpeedReport : IDisposable
{
    private const double MegaByte = 1024 * 1024;
    private static readonly string[] GcSettingNames = ["HeapCount", "DynamicAdaptationMode", "ConserveMemory", "RetainVM"];

    private readonly List<Latencies> _latencies = [];
    private readonly List<string> _memory = [];
    private readonly Lock _sampling = new();
    private readonly Timer _sampler;
    private double _ownPeak;
    private double _ownSampledPeak;

    /// <summary>
    /// Own memory is also read every 100 ms: the OS keeps a high-water mark of the working set (its peak) but not of
    /// own memory, and the four moments the report names fall between the phases, after their peaks.
    /// </summary>
    public SpeedReport() => _sampler = new Timer(_ => SampleOwn(), null, TimeSpan.Zero, TimeSpan.FromMilliseconds(100));

    public int Documents { get; set; }
    public int Queries { get; set; }
    public (TimeSpan Elapsed, TimeSpan Cpu) FullBuild { get; set; }
    public (TimeSpan Elapsed, TimeSpan Cpu) Rebuild { get; set; }
    public (int Documents, TimeSpan Elapsed, TimeSpan Cpu) Incremental { get; set; }
    public Latencies? SinglePublish { get; set; }

    public void Add(Latencies latencies)
    {
        _latencies.Add(latencies);
        Console.WriteLine(latencies);
    }

    /// <summary>
    /// The working set, its peak, and (Linux) how much of it is the process's own memory and how much mapped files:
    /// the index is memory-mapped, and its pages are the OS file cache, shared and dropped under pressure.
    /// </summary>
    public void Memory(string moment)
    {
        using var process = Process.GetCurrentProcess();
        var line = string.Create(CultureInfo.InvariantCulture,
            $"memory {moment,-40} working set {process.WorkingSet64 / MegaByte,6:0} MB  peak {process.PeakWorkingSet64 / MegaByte,6:0} MB  own {Status("RssAnon"),6:0} MB  mapped files {Status("RssFile"),6:0} MB  managed heap {GC.GetGCMemoryInfo().HeapSizeBytes / MegaByte,6:0} MB (committed {GC.GetGCMemoryInfo().TotalCommittedBytes / MegaByte,4:0} MB)");
        _memory.Add(line);
        _ownPeak = Math.Max(_ownPeak, Status("RssAnon"));
        Console.WriteLine(line);
    }

    public void Print()
    {
        using var process = Process.GetCurrentProcess();
        var search1 = Find("search", 1);
        var search8 = Find("search", 8);
        var floor1 = Find("TermQuery", 1);
        var floor8 = Find("TermQuery", 8);
        var suggest = Find("suggest", 1);
        var incremental = Incremental.Documents / Incremental.Elapsed.TotalSeconds;
        var build = Documents / FullBuild.Elapsed.TotalSeconds;
        var peak = process.PeakWorkingSet64 / MegaByte;
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"== {Documents:N0} documents, {Queries:N0} distinct queries, {Environment.ProcessorCount} cores, server GC {System.Runtime.GCSettings.IsServerGC} ({GcSettings()}), load average now {LoadAverage()}"));
        Line("search p50, 1 client", search1.P50, "ms", search1.P50 <= 5, "≤ 5 ms");
        Line("search p99, 1 client", search1.P99, "ms", search1.P99 <= 25, "≤ 25 ms");
        Line("search p50, 8 clients", search8.P50, "ms", search8.P50 <= 5, "≤ 5 ms");
        Line("search p99, 8 clients", search8.P99, "ms", search8.P99 <= 25, "≤ 25 ms");
        Line("TermQuery floor p50 / p99, 1 client", floor1.P50, $"ms / {floor1.P99:0.00} ms", null, "");
        Line("TermQuery floor p50 / p99, 8 clients", floor8.P50, $"ms / {floor8.P99:0.00} ms", null, "");
        Line("ratio search / floor, p50 at 1 client", search1.P50 / floor1.P50, "×", null, "");
        Line("ratio search / floor, p50 at 8 clients", search8.P50 / floor8.P50, "×", null, "");
        Line("cpu per search / per TermQuery", search1.CpuMilliseconds, $"ms / {floor1.CpuMilliseconds:0.000} ms", null, "");
        Line("indexing, republished pages", incremental, $"documents/s ({Incremental.Documents / Incremental.Cpu.TotalSeconds:0}/cpu-s)", incremental >= 1000, "≥ 1,000 /s");
        Line("indexing, full build", build, $"documents/s ({Documents / FullBuild.Cpu.TotalSeconds:0}/cpu-s)", build >= 1000, "≥ 1,000 /s");
        Line("full build of the index", FullBuild.Elapsed.TotalSeconds, $"s (cpu {FullBuild.Cpu.TotalSeconds:0.0} s)", FullBuild.Elapsed.TotalMinutes <= 2, "≤ 120 s");
        Line("rebuild beside the live index", Rebuild.Elapsed.TotalSeconds, $"s (cpu {Rebuild.Cpu.TotalSeconds:0.0} s)", Rebuild.Elapsed.TotalMinutes <= 2, "≤ 120 s");
        Line("publish one page → searchable, p99", SinglePublish!.P99, "ms", SinglePublish.P99 <= 1000, "≤ 1 s");
        Line("suggest p99, 1 client", suggest.P99, "ms", suggest.P99 <= 10, "≤ 10 ms");
        Line("process memory, peak working set", peak, "MB (with mapped index files)", peak <= 500, "≤ 500 MB");
        Line("process memory, own at the four moments", _ownPeak, "MB (largest of the lines above)", null, "");
        Line("process memory, own (peak, every 100 ms)", _ownSampledPeak, "MB (without mapped files)", _ownSampledPeak <= 500, "≤ 500 MB");
    }

    public void Dispose() => _sampler.Dispose();

    private void SampleOwn()
    {
        var own = Status("RssAnon");
        lock (_sampling)
        {
            _ownSampledPeak = Math.Max(_ownSampledPeak, own);
        }
    }

    /// <summary>A size from /proc/self/status in MB (0 where there is none).</summary>
    private static double Status(string key)
    {
        const string file = "/proc/self/status";
        var line = File.Exists(file) ? File.ReadLines(file).FirstOrDefault(l => l.StartsWith(key + ":", StringComparison.Ordinal)) : null;
        return line is null ? 0 : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
    }

    /// <summary>The collector's settings that decide how much memory it keeps, as the runtime resolved them.</summary>
    private static string GcSettings()
    {
        var settings = GC.GetConfigurationVariables();
        return string.Join(", ", GcSettingNames.Select(name => $"{name} {(settings.TryGetValue(name, out var value) ? value : "-")}"));
    }

    /// <summary>The machine's 1-minute load average (Linux), to tell a quiet run from a crowded one.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    private Latencies Find(string name, int clients) => _latencies.First(l => l.Name.StartsWith(name, StringComparison.Ordinal) && l.Clients == clients);

    private static void Line(string what, double value, string unit, bool? met, string target) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what,-42} {value,10:0.00} {unit,-22} {target,-12} {(met is null ? "" : met.Value ? "met" : "MISSED")}"));
}
