namespace Pamir.Bench;

/// <summary>
/// How the peak working set of building a base grows with the documents in it: fresh bases are
/// built from the first quarter, half and all of a corpus, smallest first, each with its own peak.
/// Memory flat in the number of documents shows as a slope near zero between the two largest.
/// </summary>
public static class MemoryBenchmark
{
    public sealed record Build(int Documents, double PeakMegabytes);

    public static IReadOnlyList<Build> Run(string corpusDirectory, int documents, string workDirectory, PeakMemory memory)
    {
        // Unmeasured: loading the reference data and compiling the code would count in the smallest base's peak.
        BuildBase(corpusDirectory, Math.Min(documents / 4, 500), workDirectory);
        var builds = new List<Build>();
        foreach (int count in new[] { documents / 4, documents / 2, documents })
        {
            // What the previous build left in the heap is handed back first, so that the peak reset
            // below starts from what the process needs before it builds, not from the last build's leftovers.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            memory.EndPart();
            int stored = BuildBase(corpusDirectory, count, workDirectory);
            builds.Add(new Build(stored, memory.EndPart()));
        }
        return builds;
    }

    /// <summary>Builds a fresh base of the corpus's first documents, as `pamir ingest` would, and deletes it; returns how many documents it held.</summary>
    private static int BuildBase(string corpusDirectory, int count, string workDirectory)
    {
        string database = Path.Combine(workDirectory, "memory.db");
        int stored = IngestBenchmark.Run(corpusDirectory, database, Environment.ProcessorCount, count).DocumentsInBase;
        IngestBenchmark.DeleteBase(database);
        return stored;
    }

    /// <summary>The growth of the peak per document between the two largest bases, in KB.</summary>
    public static double KilobytesPerDocument(IReadOnlyList<Build> builds)
    {
        var (smaller, larger) = (builds[^2], builds[^1]);
        return larger.Documents == smaller.Documents ? 0 : (larger.PeakMegabytes - smaller.PeakMegabytes) * 1000 / (larger.Documents - smaller.Documents);
    }
}
