using System.Text;
using System.Text.Json;

namespace Pamir.Core.Documents;

/// <summary>
/// Reads a JSON Lines file one record at a time: each line an object with "id" and "text" or
/// "html", optionally "url", "title" and "published". A bad line is reported with its line
/// number and the following lines are still read. The file is streamed, never loaded whole.
/// </summary>
public static class JsonLinesReader
{
    public static IEnumerable<DocumentReadResult> Read(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        using var reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        int number = 0, records = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            records++;
            yield return ReadRecord(path, number, line);
        }
        if (records == 0) yield return DocumentReadResult.Failed(path, "no records (only blank lines)");
    }

    public static DocumentReadResult ReadRecord(string path, int line, string json)
    {
        if (json.Length > DocumentSources.MaxFileBytes) return DocumentReadResult.Failed(path, "record is larger than 50 MB", line);
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return DocumentReadResult.Failed(path, "not a JSON object", line);
            var id = Scalar(root, "id");
            if (string.IsNullOrWhiteSpace(id)) return DocumentReadResult.Failed(path, "record has no \"id\"", line);
            var text = Scalar(root, "text");
            var html = Scalar(root, "html");
            var url = Scalar(root, "url");
            var title = Scalar(root, "title");
            var published = DateTextParser.ParseValue(Scalar(root, "published"));
            if (published is { HasYear: false }) published = null;
            string source = $"{path}:{line}";
            if (!string.IsNullOrWhiteSpace(text)) return DocumentReadResult.Read(SourceDocumentBuilder.FromText(id.Trim(), source, text, url, title, published));
            if (!string.IsNullOrWhiteSpace(html)) return DocumentReadResult.Read(SourceDocumentBuilder.FromHtml(id.Trim(), source, html, url, title, published));
            return DocumentReadResult.Failed(path, $"record \"{id}\" has no \"text\" or \"html\"", line);
        }
        catch (JsonException e)
        {
            return DocumentReadResult.Failed(path, $"invalid JSON ({FirstSentence(e.Message)})", line);
        }
    }

    /// <summary>A string or number field ("id": 42 is as good as "id": "42"); null when absent.</summary>
    private static string? Scalar(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value)) return null;
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
    }

    private static string FirstSentence(string message)
    {
        int end = message.IndexOf(". ", StringComparison.Ordinal);
        return (end < 0 ? message : message[..end]).TrimEnd('.');
    }
}
