namespace Pamir.Storage.Ingestion;

/// <summary>An input that was not ingested, and why.</summary>
public sealed record IngestFailure(string Input, string Reason)
{
    public override string ToString() => $"{Input}: {Reason}";
}
