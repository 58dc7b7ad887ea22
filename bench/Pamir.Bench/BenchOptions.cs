namespace Pamir.Bench;

/// <summary>What one benchmark run measures and on how much text.</summary>
public sealed record BenchOptions(
    string? CorpusDirectory,
    double SizeMegabytes,
    int QueryDocuments,
    double MinSeconds,
    int Runs,
    bool Json,
    bool SkipPeer,
    string WorkDirectory);
