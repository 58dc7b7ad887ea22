namespace Pamir.Storage.Ingestion;

/// <summary>How many documents a run has added, replaced, left unchanged and failed on so far.</summary>
public readonly record struct IngestCounts(int Added, int Replaced, int Unchanged, int Failed)
{
    public int Total => Added + Replaced + Unchanged + Failed;
}
