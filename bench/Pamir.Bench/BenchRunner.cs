using System.Diagnostics;
using Pamir.Core.Documents;
using Pamir.Core.Pipeline;
using Pamir.Core.Reference;
using Pamir.Storage.Ingestion;
using Pamir.Storage.Sqlite;

namespace Pamir.Bench;

/// <summary>Runs every measurement of the benchmark and collects the figures, keyed as in the `--json` output.</summary>
public sealed class BenchRunner(BenchOptions options, TextWriter log)
{
    private readonly SortedDictionary<string, object?> figures = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, object?> Figures => figures;

    public void Run()
    {
        var memory = new PeakMemory();
        figures["cores"] = Environment.ProcessorCount;
        bool analyses = options.Measures("analysis") || options.Measures("peer");
        if (analyses || options.Measures("ingest"))
        {
            string corpusDirectory = BenchCorpus.Prepare(options, options.SizeMegabytes, 3000, "corpus");
            figures["corpus_directory"] = corpusDirectory;
            if (analyses) MeasureAnalysis(corpusDirectory);
            else Describe(corpusDirectory, BenchCorpus.Read(corpusDirectory).Select(r => r.Document).OfType<SourceDocument>());
            if (analyses) figures["peak_working_set_mb_analysis"] = memory.EndPart();
            if (options.Measures("ingest"))
            {
                memory.EndPart();
                MeasureIngest(corpusDirectory, (double)figures["corpus_mb"]!);
                figures["peak_working_set_mb_ingest"] = memory.EndPart();
            }
        }
        if (options.Measures("query"))
        {
            memory.EndPart();
            MeasureQueries();
            figures["peak_working_set_mb_query"] = memory.EndPart();
        }
        if (options.Measures("memory")) MeasureMemory(memory);
        figures["peak_working_set_mb"] = memory.OverallMegabytes;
        figures["peak_working_set_per_part"] = memory.PerPart;
    }

    /// <summary>Analysis and the peer read the corpus from memory; the other parts never hold it whole.</summary>
    private void MeasureAnalysis(string corpusDirectory)
    {
        var corpus = BenchCorpus.Load(corpusDirectory);
        var analysis = new AnalysisBenchmark(PamirPipeline.Default, corpus);
        Describe(corpusDirectory, corpus);
        analysis.WarmUp(TimeSpan.FromSeconds(Math.Min(3, options.MinSeconds / 3)));
        MeasureOneCore(analysis);
        if (options.Measures("analysis"))
        {
            MeasureAllCores(analysis);
            MeasureStages(analysis);
            figures["analysis_allocated_bytes_per_mb"] = Math.Round(analysis.AllocatedBytesPerMegabyte());
        }
        if (options.Measures("peer")) MeasurePeer(corpusDirectory);
    }

    private void Describe(string corpusDirectory, IEnumerable<SourceDocument> documents)
    {
        int count = 0;
        long bytes = 0;
        foreach (var document in documents)
        {
            count++;
            bytes += System.Text.Encoding.UTF8.GetByteCount(document.Text);
        }
        figures["corpus_documents"] = count;
        figures["corpus_mb"] = Math.Round(bytes / 1e6, 3);
        log.WriteLine($"corpus: {count} documents, {bytes / 1e6:0.0} MB in {corpusDirectory}");
    }

    private void MeasureOneCore(AnalysisBenchmark analysis)
    {
        var walls = new List<double>();
        var cpus = new List<double>();
        var clock = Stopwatch.StartNew();
        while (walls.Count < options.Runs || clock.Elapsed.TotalSeconds < options.MinSeconds)
        {
            var (wall, cpu) = analysis.RunOneCore();
            walls.Add(analysis.Megabytes / wall);
            cpus.Add(analysis.Megabytes / cpu);
        }
        Record("analysis_mb_per_s", RunStats.Of(walls));
        Record("analysis_cpu_mb_per_s", RunStats.Of(cpus));
        figures["analysis_docs_per_s"] = Math.Round(analysis.Documents * RunStats.Of(walls).Median / analysis.Megabytes, 1);
        log.WriteLine($"analysis, one core: {RunStats.Of(walls)} MB/s ({walls.Count} runs)");
    }

    private void MeasureAllCores(AnalysisBenchmark analysis)
    {
        var walls = new List<double>();
        var clock = Stopwatch.StartNew();
        while (walls.Count < options.Runs || clock.Elapsed.TotalSeconds < options.MinSeconds)
            walls.Add(analysis.Megabytes / analysis.RunAllCores().Wall);
        Record("analysis_mb_per_s_all_cores", RunStats.Of(walls));
        double oneCore = (double)figures["analysis_mb_per_s"]!;
        figures["analysis_scaling_all_cores"] = Math.Round(RunStats.Of(walls).Median / oneCore, 2);
        log.WriteLine($"analysis, {Environment.ProcessorCount} cores: {RunStats.Of(walls)} MB/s");
    }

    private void MeasureStages(AnalysisBenchmark analysis)
    {
        var times = new StageTimes();
        analysis.RunOneCore(times);
        double total = times.Totals.Values.Sum(t => t.TotalSeconds);
        var shares = times.Totals.OrderByDescending(kv => kv.Value)
            .ToDictionary(kv => kv.Key, kv => Math.Round(kv.Value.TotalSeconds / total, 3));
        figures["stage_share"] = shares;
        log.WriteLine("stage shares: " + string.Join(", ", shares.Select(kv => $"{kv.Key} {kv.Value:P0}")));
    }

    private void MeasurePeer(string corpusDirectory)
    {
        var wink = new WinkPeer(RepositoryPaths.Peer).Run(corpusDirectory, options.Runs);
        Record("wink_mb_per_s", wink.MegabytesPerSecond);
        Record("wink_cpu_mb_per_s", wink.CpuMegabytesPerSecond);
        double ratio = (double)figures["analysis_mb_per_s"]! / wink.MegabytesPerSecond.Median;
        figures["ratio_pamir_over_wink"] = Math.Round(ratio, 2);
        log.WriteLine($"wink-nlp, one core: {wink.MegabytesPerSecond} MB/s; Pamir/wink = {ratio:0.00}");
    }

    /// <summary>
    /// After a warm-up ingest, each run into a fresh base, on one core and on all cores taking
    /// turns, so that a slow spell of a shared machine hits both. The one-core run has one analyser
    /// and the whole process pinned to one core (where threads can be pinned), so that its reader,
    /// writer and garbage collector do not borrow a second core.
    /// </summary>
    private void MeasureIngest(string corpusDirectory, double megabytes)
    {
        string database = Path.Combine(options.WorkDirectory, "ingest.db");
        var one = new List<double>();
        var oneCpu = new List<double>();
        var all = new List<double>();
        IngestSummary? last = null;
        bool pinned = false;
        var process = Process.GetCurrentProcess();
        // Unmeasured: the first ingest of a process compiles the reading, storage and fusion code,
        // and the compiler would share the pinned core with the first measured run.
        IngestBenchmark.Run(corpusDirectory, database, analysers: Environment.ProcessorCount);
        for (int run = 0; run < options.Runs; run++)
        {
            using (var core = OneCore.Pin())
            {
                pinned = core is not null;
                process.Refresh();
                var cpuBefore = process.TotalProcessorTime;
                one.Add(megabytes / IngestBenchmark.Run(corpusDirectory, database, analysers: 1).Elapsed.TotalSeconds);
                process.Refresh();
                oneCpu.Add(megabytes / (process.TotalProcessorTime - cpuBefore).TotalSeconds);
            }
            last = IngestBenchmark.Run(corpusDirectory, database, analysers: Environment.ProcessorCount);
            all.Add(megabytes / last.Elapsed.TotalSeconds);
        }
        Record("ingest_mb_per_s", RunStats.Of(one));
        figures["ingest_one_core_pinned"] = pinned;
        Record("ingest_cpu_mb_per_s", RunStats.Of(oneCpu));
        Record("ingest_mb_per_s_all_cores", RunStats.Of(all));
        figures["ingest_docs_per_s_all_cores"] = Math.Round(last!.Counts.Added * RunStats.Of(all).Median / megabytes, 1);
        figures["ingest_scaling_all_cores"] = Math.Round(RunStats.Of(all).Median / RunStats.Of(one).Median, 2);
        string oneCore = pinned ? "one core" : "one analyser (threads cannot be pinned here)";
        log.WriteLine($"ingest into a fresh base: {RunStats.Of(one)} MB/s on {oneCore} ({RunStats.Of(oneCpu)} MB per CPU second), {RunStats.Of(all)} MB/s on {Environment.ProcessorCount} ({options.Runs} runs)");
    }

    private void MeasureQueries()
    {
        double megabytes = options.QueryDocuments * 1000 / 1e6;
        string corpus = BenchCorpus.Prepare(options with { CorpusDirectory = null }, megabytes, 1000, "query-corpus", options.QueryDocuments);
        string database = Path.Combine(options.WorkDirectory, $"query-{options.QueryDocuments}.db");
        using (var store = SqliteKnowledgeStore.Open(database))
        {
            var summary = new Ingester(store, PamirPipeline.Default, ReferenceData.Shared, PipelineVersion.Current).Run(BenchCorpus.Read(corpus));
            figures["query_base_documents"] = summary.DocumentsInBase;
            log.WriteLine($"query base: {summary.DocumentsInBase} documents ({summary.Counts.Added + summary.Counts.Replaced} analysed now)");
            foreach (var (query, (median, p95)) in new QueryBenchmark(store, options.Json || options.MinSeconds > 0 ? 200 : 20).Run())
            {
                figures[$"query_{query}_median_ms"] = Math.Round(median, 3);
                figures[$"query_{query}_p95_ms"] = Math.Round(p95, 3);
                log.WriteLine($"query {query}: median {median:0.00} ms, p95 {p95:0.00} ms");
            }
        }
        figures["query_p95_ms"] = figures.Where(kv => kv.Key.StartsWith("query_") && kv.Key.EndsWith("_p95_ms")).Max(kv => (double)kv.Value!);
    }

    /// <summary>Builds bases of growing size from the query corpus; each part before has ended its own peak.</summary>
    private void MeasureMemory(PeakMemory memory)
    {
        double megabytes = options.QueryDocuments * 1000 / 1e6;
        string corpus = BenchCorpus.Prepare(options with { CorpusDirectory = null }, megabytes, 1000, "query-corpus", options.QueryDocuments);
        var builds = MemoryBenchmark.Run(corpus, options.QueryDocuments, options.WorkDirectory, memory);
        figures["memory_documents"] = builds.Select(b => b.Documents).ToArray();
        figures["memory_peak_working_set_mb"] = builds.Select(b => b.PeakMegabytes).ToArray();
        double slope = MemoryBenchmark.KilobytesPerDocument(builds);
        figures["memory_kb_per_document"] = Math.Round(slope, 2);
        log.WriteLine("building a base: peak working set " + string.Join(", ", builds.Select(b => $"{b.PeakMegabytes:0} MB at {b.Documents} documents"))
            + $"; {slope:0.00} KB more per document between the two largest");
    }

    private void Record(string key, RunStats stats)
    {
        figures[key] = Math.Round(stats.Median, 3);
        figures[key + "_min"] = Math.Round(stats.Min, 3);
        figures[key + "_max"] = Math.Round(stats.Max, 3);
    }
}
