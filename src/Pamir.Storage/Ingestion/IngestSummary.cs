namespace Pamir.Storage.Ingestion;

/// <summary>What an ingest run did: counts, every failure with its reason, whether it re-fused the knowledge base, and how long it took.</summary>
public sealed record IngestSummary(
    IngestCounts Counts,
    IReadOnlyList<IngestFailure> Failures,
    bool Fused,
    int DocumentsInBase,
    TimeSpan Elapsed)
{
    public bool Succeeded => Failures.Count == 0;
}
