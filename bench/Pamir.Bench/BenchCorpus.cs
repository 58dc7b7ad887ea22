using System.Security.Cryptography;
using System.Text;
using Pamir.Core.Documents;

namespace Pamir.Bench;

/// <summary>The benchmark corpus on disk (one .txt per document, so the peer reads exactly the same text) and in memory.</summary>
public static class BenchCorpus
{
    /// <summary>The corpus directory: the user's, or one generated (once, then reused) from the bundled samples.</summary>
    public static string Prepare(BenchOptions options, double megabytes, int meanBytes, string name, int minDocuments = 0)
    {
        if (options.CorpusDirectory is not null) return options.CorpusDirectory;
        string directory = Path.Combine(options.WorkDirectory, $"{name}-{megabytes:0.###}mb-{meanBytes}b-{minDocuments}docs");
        string done = Path.Combine(directory, ".complete");
        if (File.Exists(done)) return directory;
        if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        Directory.CreateDirectory(directory);
        var generator = new CorpusGenerator(SampleTexts());
        foreach (var (id, text) in generator.Generate((long)(megabytes * 1e6), meanBytes, minDocuments))
            File.WriteAllText(Path.Combine(directory, id + ".txt"), text);
        File.WriteAllText(done, "");
        return directory;
    }

    public static IReadOnlyList<SourceDocument> Load(string directory) => Directory
        .EnumerateFiles(directory, "*.txt")
        .Order(StringComparer.Ordinal)
        .Select(path => Document(Path.GetFileNameWithoutExtension(path), path, File.ReadAllText(path)))
        .ToList();

    /// <summary>The corpus as the ingest command reads it.</summary>
    public static IEnumerable<DocumentReadResult> Read(string directory) => DocumentSources.Read(directory);

    public static SourceDocument Document(string id, string source, string text) => new()
    {
        Id = id,
        Source = source,
        Text = text,
        ContentHash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))),
    };

    private static IReadOnlyList<string> SampleTexts()
    {
        var texts = new List<string>();
        foreach (var input in Read(RepositoryPaths.Samples))
            if (input.Document is { } document) texts.Add(document.Text);
        if (texts.Count == 0) throw new InvalidOperationException($"no sample reports could be read from {RepositoryPaths.Samples}");
        return texts;
    }
}
