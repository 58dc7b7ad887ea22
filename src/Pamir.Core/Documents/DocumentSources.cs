namespace Pamir.Core.Documents;

/// <summary>
/// Reads documents from files and directories: directories recursively, every path in ordinal
/// order so that runs are repeatable. Yields one outcome per document (a JSON Lines file or a
/// feed gives many) or per input that could not be read; one bad input never stops the others.
/// Formats by extension: .txt, .html/.htm, .jsonl, and .xml/.rss/.atom feeds.
/// </summary>
public static class DocumentSources
{
    /// <summary>Files larger than this are refused (for JSON Lines, each record is held to it instead).</summary>
    public const long MaxFileBytes = 50L * 1024 * 1024;

    private static readonly HashSet<string> Supported = new(StringComparer.OrdinalIgnoreCase)
        { ".txt", ".html", ".htm", ".jsonl", ".xml", ".rss", ".atom" };

    public static IEnumerable<DocumentReadResult> Read(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in FilesUnder(path))
                    foreach (var result in ReadFile(file))
                        yield return result;
            }
            else
            {
                foreach (var result in ReadFile(path))
                    yield return result;
            }
        }
    }

    public static IEnumerable<DocumentReadResult> Read(params string[] paths) => Read((IEnumerable<string>)paths);

    /// <summary>
    /// The files a directory contributes, sorted by ordinal path. Hidden files and files of other
    /// types in a directory are skipped silently (a directory of pages holds images and stylesheets too);
    /// a file named explicitly with an unknown type is an error.
    /// </summary>
    public static IEnumerable<string> FilesUnder(string directory) =>
        Directory.EnumerateFiles(directory, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System })
            .Where(f => Supported.Contains(Path.GetExtension(f)) && !Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal);

    private static IEnumerable<DocumentReadResult> ReadFile(string path)
    {
        // One look at the file system answers both "is it there" and "how long is it".
        var info = new FileInfo(path);
        if (!info.Exists) return [DocumentReadResult.Failed(path, "no such file or directory")];
        string extension = Path.GetExtension(path).ToLowerInvariant();
        if (!Supported.Contains(extension))
            return [DocumentReadResult.Failed(path, $"unsupported file type \"{extension}\" (expected .txt, .html, .htm, .jsonl, .xml, .rss or .atom)")];
        try
        {
            if (info.Length == 0) return [DocumentReadResult.Failed(path, "empty file")];
            if (extension == ".jsonl")
                return BinarySniffer.DescribeNonText(Head(path)) is { } binary
                    ? [DocumentReadResult.Failed(path, $"not JSON Lines: the file is {binary}")]
                    : Guarded(path, JsonLinesReader.Read(path));
            if (info.Length > MaxFileBytes) return [DocumentReadResult.Failed(path, $"file is larger than 50 MB ({info.Length / (1024 * 1024)} MB)")];
            return ReadWhole(path, extension, File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [DocumentReadResult.Failed(path, $"cannot be read: {e.Message}")];
        }
    }

    private static IEnumerable<DocumentReadResult> ReadWhole(string path, string extension, byte[] bytes)
    {
        if (BinarySniffer.DescribeNonText(bytes) is { } kind)
            return [DocumentReadResult.Failed(path, extension is ".html" or ".htm" ? $"not an HTML page: the file is {kind}" : $"not text: the file is {kind}")];
        string text = TextDecoder.Decode(bytes);
        if (string.IsNullOrWhiteSpace(text)) return [DocumentReadResult.Failed(path, "empty file (only white space)")];
        string id = Path.GetFileNameWithoutExtension(path);
        return extension switch
        {
            ".txt" => [Checked(path, SourceDocumentBuilder.FromText(id, path, text))],
            ".html" or ".htm" => [Checked(path, SourceDocumentBuilder.FromHtml(id, path, text))],
            _ => FeedReader.Read(path, text),
        };
    }

    private static DocumentReadResult Checked(string path, SourceDocument document) =>
        string.IsNullOrWhiteSpace(document.Text) ? DocumentReadResult.Failed(path, "no article text left after removing page furniture") : DocumentReadResult.Read(document);

    private static byte[] Head(string path)
    {
        using var stream = File.OpenRead(path);
        var buffer = new byte[8192];
        int read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return buffer[..read];
    }

    /// <summary>Streams a reader's results, turning an I/O failure part-way into one error instead of an exception.</summary>
    private static IEnumerable<DocumentReadResult> Guarded(string path, IEnumerable<DocumentReadResult> results)
    {
        using var enumerator = results.GetEnumerator();
        while (true)
        {
            DocumentReadResult? next;
            try
            {
                if (!enumerator.MoveNext()) yield break;
                next = enumerator.Current;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                next = DocumentReadResult.Failed(path, $"cannot be read: {e.Message}");
            }
            yield return next;
            if (next.Error is { Line: null }) yield break;
        }
    }
}
