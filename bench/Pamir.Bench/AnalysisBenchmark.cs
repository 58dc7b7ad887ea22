using System.Diagnostics;
using Pamir.Core.Documents;
using Pamir.Core.Pipeline;

namespace Pamir.Bench;

/// <summary>
/// The full analysis (every annotation layer and every finding extractor) over an in-memory
/// corpus, excluding reading and storage: on one core, and on all cores with one document per task.
/// </summary>
public sealed class AnalysisBenchmark(AnalysisPipeline pipeline, IReadOnlyList<SourceDocument> corpus)
{
    public long Bytes { get; } = corpus.Sum(d => (long)System.Text.Encoding.UTF8.GetByteCount(d.Text));

    public double Megabytes => Bytes / 1e6;

    public int Documents => corpus.Count;

    public void WarmUp(TimeSpan budget)
    {
        var clock = Stopwatch.StartNew();
        foreach (var document in corpus)
        {
            pipeline.Analyze(document);
            if (clock.Elapsed > budget) break;
        }
    }

    /// <summary>One pass on the calling thread; returns (wall seconds, CPU seconds).</summary>
    public (double Wall, double Cpu) RunOneCore(StageTimes? times = null)
    {
        var cpuStart = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        foreach (var document in corpus) pipeline.Analyze(document, times);
        double wall = clock.Elapsed.TotalSeconds;
        return (wall, (Process.GetCurrentProcess().TotalProcessorTime - cpuStart).TotalSeconds);
    }

    public (double Wall, double Cpu) RunAllCores()
    {
        var cpuStart = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        Parallel.ForEach(corpus, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, d => pipeline.Analyze(d));
        double wall = clock.Elapsed.TotalSeconds;
        return (wall, (Process.GetCurrentProcess().TotalProcessorTime - cpuStart).TotalSeconds);
    }

    /// <summary>Bytes allocated by the analysis per MB of text, measured on the calling thread.</summary>
    public double AllocatedBytesPerMegabyte()
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var document in corpus) pipeline.Analyze(document);
        return (GC.GetAllocatedBytesForCurrentThread() - before) / Megabytes;
    }
}
