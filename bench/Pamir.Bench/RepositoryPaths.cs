namespace Pamir.Bench;

/// <summary>Finds the repository (the folder holding Pamir.slnx) the benchmark runs from, for the samples and the peer.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = Find();

    public static string Samples => Path.Combine(Root, "samples");

    public static string Peer => Path.Combine(Root, "bench", "peer");

    private static string Find()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Pamir.slnx"))) return dir.FullName;
        throw new InvalidOperationException("run the benchmark from inside the Pamir repository (no Pamir.slnx found above the current directory)");
    }
}
