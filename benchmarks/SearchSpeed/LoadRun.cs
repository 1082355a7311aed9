using System.Diagnostics;
using System.Globalization;

namespace Hedershus.SearchSpeed;

/// <summary>Latencies of one measurement, in milliseconds, and how many operations per second it sustained.</summary>
/// <param name="cpu">Processor time the whole process spent meanwhile: on a shared machine it shows the cost of one operation apart from waiting for a core.</param>
public sealed class Latencies(string name, int clients, List<double> milliseconds, TimeSpan elapsed, TimeSpan cpu)
{
    public string Name { get; } = name;
    public int Clients { get; } = clients;
    public int Count => milliseconds.Count;
    public double PerSecond => milliseconds.Count / elapsed.TotalSeconds;
    public double P50 => Percentile(0.50);
    public double P90 => Percentile(0.90);
    public double P99 => Percentile(0.99);
    public double Max => milliseconds.Max();
    public double CpuMilliseconds => cpu.TotalMilliseconds / milliseconds.Count;

    /// <summary>Nearest-rank percentile.</summary>
    public double Percentile(double p)
    {
        var sorted = milliseconds.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Name,-32} clients {Clients}  n {Count,6}  p50 {P50,7:0.00} ms  p90 {P90,7:0.00} ms  p99 {P99,7:0.00} ms  max {Max,7:0.0} ms  {PerSecond,7:0} /s  cpu {CpuMilliseconds,6:0.00} ms/op");
}

/// <summary>
/// A closed loop: each client (its own thread) runs its share of the work back to back and times each call.
/// Client i starts at item i × (items / clients), so clients do not run the same query at the same moment.
/// </summary>
public static class LoadRun
{
    public static TimeSpan ProcessorTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    public static Latencies Measure<T>(string name, IReadOnlyList<T> items, int clients, int perClient, Action<T> call)
    {
        var results = new List<double>[clients];
        var threads = new Thread[clients];
        using var start = new ManualResetEventSlim();
        for (var client = 0; client < clients; client++)
        {
            var index = client;
            results[index] = new List<double>(perClient);
            threads[index] = new Thread(() =>
            {
                start.Wait();
                var offset = index * (items.Count / clients);
                for (var i = 0; i < perClient; i++)
                {
                    var item = items[(offset + i) % items.Count];
                    var began = Stopwatch.GetTimestamp();
                    call(item);
                    results[index].Add(Stopwatch.GetElapsedTime(began).TotalMilliseconds);
                }
            }) { IsBackground = true, Name = $"{name} client {index}" };
            threads[index].Start();
        }

        var cpu = ProcessorTime();
        var watch = Stopwatch.StartNew();
        start.Set();
        foreach (var thread in threads)
        {
            thread.Join();
        }

        return new Latencies(name, clients, [.. results.SelectMany(r => r)], watch.Elapsed, ProcessorTime() - cpu);
    }
}
