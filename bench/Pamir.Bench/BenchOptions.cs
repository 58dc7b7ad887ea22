namespace Pamir.Bench;

/// <summary>What one benchmark run measures and on how much text.</summary>
public sealed record BenchOptions(
    string? CorpusDirectory,
    double SizeMegabytes,
    int QueryDocuments,
    double MinSeconds,
    int Runs,
    bool Json,
    string WorkDirectory,
    IReadOnlySet<string> Parts)
{
    /// <summary>The parts of the benchmark a run can be limited to with `--only`.</summary>
    public static readonly string[] AllParts = ["analysis", "peer", "ingest", "query", "memory"];

    public bool Measures(string part) => Parts.Contains(part);
}
