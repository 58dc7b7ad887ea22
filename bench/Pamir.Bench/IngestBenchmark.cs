using Pamir.Core.Pipeline;
using Pamir.Core.Reference;
using Pamir.Storage.Ingestion;
using Pamir.Storage.Sqlite;

namespace Pamir.Bench;

/// <summary>End-to-end ingest into a fresh embedded base: reading, cleaning, analysis, fusion and storage.</summary>
public static class IngestBenchmark
{
    /// <summary>Ingests the corpus (or its first documents) into a new base with the given number of analysers; returns the summary.</summary>
    public static IngestSummary Run(string corpusDirectory, string databasePath, int analysers, int documents = int.MaxValue)
    {
        DeleteBase(databasePath);
        using var store = SqliteKnowledgeStore.Open(databasePath);
        var ingester = new Ingester(store, PamirPipeline.Default, ReferenceData.Shared, PipelineVersion.Current) { Analysers = analysers };
        var summary = ingester.Run(BenchCorpus.Read(corpusDirectory).Take(documents));
        if (summary.Failures.Count > 0)
            throw new InvalidOperationException($"ingest of {corpusDirectory} failed for {summary.Failures.Count} inputs, first: {summary.Failures[0].Input}: {summary.Failures[0].Reason}");
        return summary;
    }

    public static void DeleteBase(string databasePath)
    {
        foreach (var file in new[] { databasePath, databasePath + "-wal", databasePath + "-shm" })
            if (File.Exists(file)) File.Delete(file);
    }
}
