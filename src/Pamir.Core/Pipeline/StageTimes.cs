using System.Collections.Concurrent;
using System.Diagnostics;

namespace Pamir.Core.Pipeline;

/// <summary>Accumulated wall time per pipeline stage, safe to share between threads (for the benchmark and `--timings`).</summary>
public sealed class StageTimes
{
    private readonly ConcurrentDictionary<string, long> ticks = new();

    public void Add(string stage, long stopwatchTicks) => ticks.AddOrUpdate(stage, stopwatchTicks, (_, t) => t + stopwatchTicks);

    public IReadOnlyDictionary<string, TimeSpan> Totals =>
        ticks.ToDictionary(kv => kv.Key, kv => TimeSpan.FromSeconds(kv.Value / (double)Stopwatch.Frequency));
}
