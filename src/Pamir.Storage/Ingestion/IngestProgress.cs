namespace Pamir.Storage.Ingestion;

/// <summary>Where a run is: its counts so far, and whether it has moved on to fusing the knowledge base.</summary>
public readonly record struct IngestProgress(IngestCounts Counts, bool Fusing);
