using System.Security.Cryptography;
using System.Text;
using Pamir.Core.Documents;

namespace Pamir.Storage.Ingestion;

/// <summary>
/// Reads .txt files and folders of them (recursively) as documents: the id is the file name
/// without extension, the first line the title. Stands in until the document readers in
/// Pamir.Core.Documents (HTML, JSON Lines, feeds, cleaning, publication dates) take over.
/// </summary>
public static class PlainTextFiles
{
    public const long MaxBytes = 50L * 1024 * 1024;

    public static IEnumerable<ReadResult> Read(IEnumerable<string> paths)
    {
        foreach (string path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (string file in Directory.EnumerateFiles(path, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                    yield return ReadFile(file);
            }
            else if (File.Exists(path))
                yield return ReadFile(path);
            else
                yield return ReadResult.Failed(path, "no such file or directory");
        }
    }

    private static ReadResult ReadFile(string path)
    {
        byte[] bytes;
        try
        {
            if (new FileInfo(path).Length > MaxBytes) return ReadResult.Failed(path, $"larger than {MaxBytes / (1024 * 1024)} MB");
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ReadResult.Failed(path, $"cannot be read ({e.Message})");
        }
        if (bytes.AsSpan().IndexOf((byte)0) >= 0) return ReadResult.Failed(path, "binary content, not text");
        string text = Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal);
        if (string.IsNullOrWhiteSpace(text)) return ReadResult.Failed(path, "empty file");
        string title = text.AsSpan().TrimStart().ToString().Split('\n', 2)[0].Trim();
        return ReadResult.Read(new SourceDocument
        {
            Id = Path.GetFileNameWithoutExtension(path),
            Source = path,
            Title = title,
            Text = text,
            ContentHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{title}\u0000{text}"))),
        });
    }
}
