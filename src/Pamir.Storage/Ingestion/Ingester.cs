using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;
using Pamir.Core.Documents;
using Pamir.Core.Fusion;
using Pamir.Core.Pipeline;
using Pamir.Core.Reference;

namespace Pamir.Storage.Ingestion;

/// <summary>
/// Runs an ingest: one reader streams the inputs and drops documents already stored with the same
/// content and pipeline before they are analysed; several analysers run the pipeline, one document
/// each; one writer stores documents in batched transactions. Queues between the stages are
/// bounded, so the documents in flight stay few however many pass; only what fusion gathers of
/// each stored document (a few hundred bytes) stays until the end. A bad input is reported and never
/// stops the others. The writer gathers what fusion needs of each document it stored, beside the
/// analysis of the next ones; at the end the knowledge base is fused again if anything changed,
/// reading back from the store only the documents this run did not store.
/// </summary>
public sealed class Ingester(IKnowledgeStore store, AnalysisPipeline pipeline, ReferenceData reference, string pipelineVersion)
{
    private const int BatchSize = 256;

    /// <summary>How many documents are analysed at once; the number of cores by default.</summary>
    public int Analysers { get; init; } = Environment.ProcessorCount;

    public static Ingester Default(IKnowledgeStore store) => new(store, PamirPipeline.Default, ReferenceData.Shared, PipelineVersion.Current);

    public IngestSummary Run(IEnumerable<DocumentReadResult> inputs, IProgress<IngestProgress>? progress = null, CancellationToken cancellation = default)
    {
        var clock = Stopwatch.StartNew();
        var run = new RunState(progress);
        var gathering = new FusionGathering(reference);
        int analysers = Math.Max(1, Analysers);
        var toAnalyse = Channel.CreateBounded<SourceDocument>(new BoundedChannelOptions(analysers * 4) { SingleWriter = true });
        var toSave = Channel.CreateBounded<AnalyzedEntry>(new BoundedChannelOptions(BatchSize * 2) { SingleReader = true });

        var reading = Task.Run(() => ReadAsync(inputs, toAnalyse.Writer, run, cancellation));
        var analysing = Enumerable.Range(0, analysers).Select(_ => Task.Run(() => AnalyseAsync(toAnalyse.Reader, toSave.Writer, run))).ToArray();
        var writing = Task.Run(() => WriteAsync(toSave.Reader, run, gathering));
        Task.WhenAll(analysing).ContinueWith(_ => toSave.Writer.Complete(), TaskScheduler.Default);
        Task.WaitAll([reading, writing, .. analysing]);

        progress?.Report(new IngestProgress(run.Counts, Fusing: true));
        bool fused = KnowledgeRefresh.IfStale(store, gathering, pipelineVersion);
        return new IngestSummary(run.Counts, run.Failures.OrderBy(f => f.Input, StringComparer.Ordinal).ToList(), fused, store.DocumentCount, clock.Elapsed);
    }

    private async Task ReadAsync(IEnumerable<DocumentReadResult> inputs, ChannelWriter<SourceDocument> output, RunState run, CancellationToken cancellation)
    {
        try
        {
            foreach (var input in inputs)
            {
                if (cancellation.IsCancellationRequested) break;
                if (input.Document is not { } document)
                {
                    run.Fail(input.Error!.Input, input.Error.Reason);
                    continue;
                }
                if (store.Stamp(document.Id) == new DocumentStamp(document.ContentHash, pipelineVersion))
                {
                    run.Count(SaveOutcome.Unchanged);
                    continue;
                }
                await output.WriteAsync(document, CancellationToken.None);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            // The source itself broke off (not one document): what was read is still stored.
            run.Fail("input", $"reading stopped: {e.Message}");
        }
        finally
        {
            output.Complete();
        }
    }

    private async Task AnalyseAsync(ChannelReader<SourceDocument> input, ChannelWriter<AnalyzedEntry> output, RunState run)
    {
        await foreach (var document in input.ReadAllAsync())
        {
            DocumentFindings findings;
            try
            {
                findings = pipeline.Analyze(document);
            }
            catch (Exception e)
            {
                // Any analyser bug on one document must not cost the others.
                run.Fail(document.Source, $"document {document.Id} could not be analysed: {e.GetType().Name}: {e.Message}");
                continue;
            }
            await output.WriteAsync(new AnalyzedEntry(document, findings, pipelineVersion));
        }
    }

    /// <summary>Saves the analysed documents in batches, and gathers for fusion each one stored (not those that failed or were stored already).</summary>
    private async Task WriteAsync(ChannelReader<AnalyzedEntry> input, RunState run, FusionGathering gathering)
    {
        var batch = new List<AnalyzedEntry>(BatchSize);
        while (true)
        {
            // Full batches only, but the last: each commit costs the full-text index a new segment
            // to write and merge, so saving whatever the analysers had just finished (often one or
            // two documents) cost half again as much per document.
            bool more = true;
            while (batch.Count < BatchSize && (more = await input.WaitToReadAsync()))
                while (batch.Count < BatchSize && input.TryRead(out var entry)) batch.Add(entry);
            if (batch.Count == 0) break;
            IReadOnlyList<SaveResult> results = [];
            try
            {
                results = store.Save(batch);
            }
            catch (Exception e) when (e is IOException or InvalidDataException or InvalidOperationException or Microsoft.Data.Sqlite.SqliteException)
            {
                foreach (var entry in batch) run.Fail(entry.Document.Source, $"document {entry.Document.Id} could not be stored: {e.Message}");
            }
            for (int i = 0; i < results.Count; i++)
            {
                var (entry, result) = (batch[i], results[i]);
                if (result.Outcome == SaveOutcome.Failed)
                {
                    run.Fail(entry.Document.Source, $"document {result.DocumentId} {result.Error}");
                    continue;
                }
                run.Count(result.Outcome);
                if (result.Outcome is SaveOutcome.Added or SaveOutcome.Replaced) gathering.Add(entry.Findings);
            }
            batch.Clear();
            if (!more) break;
        }
    }

    /// <summary>The counts and failures of a run, updated from every stage.</summary>
    private sealed class RunState(IProgress<IngestProgress>? progress)
    {
        private int added, replaced, unchanged, failed;

        public ConcurrentQueue<IngestFailure> Failures { get; } = new();

        public IngestCounts Counts => new(Volatile.Read(ref added), Volatile.Read(ref replaced), Volatile.Read(ref unchanged), Volatile.Read(ref failed));

        public void Count(SaveOutcome outcome)
        {
            switch (outcome)
            {
                case SaveOutcome.Added: Interlocked.Increment(ref added); break;
                case SaveOutcome.Replaced: Interlocked.Increment(ref replaced); break;
                case SaveOutcome.Unchanged: Interlocked.Increment(ref unchanged); break;
                default: throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "a failure needs its reason");
            }
            progress?.Report(new IngestProgress(Counts, Fusing: false));
        }

        public void Fail(string input, string reason)
        {
            Failures.Enqueue(new IngestFailure(input, reason));
            Interlocked.Increment(ref failed);
            progress?.Report(new IngestProgress(Counts, Fusing: false));
        }
    }
}
