using System.Security.Cryptography;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Pamir.Core.Documents;

/// <summary>
/// Reads an RSS 2.0 or Atom feed: each item or entry becomes a document with its title, link,
/// date (pubDate, published, updated, dc:date) and content (content:encoded, content, description,
/// summary) read as HTML. An item's id is the feed file's name, a slug of the item's link or guid,
/// and the first 8 hex digits of the guid's SHA-256 — stable across re-reads, unique per item.
/// </summary>
public static class FeedReader
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace DublinCore = "http://purl.org/dc/elements/1.1/";

    public static IEnumerable<DocumentReadResult> Read(string path, string xml)
    {
        XDocument feed;
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
            feed = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            return [DocumentReadResult.Failed(path, $"invalid XML at line {e.LineNumber}: {e.Message.Split(" Line ")[0]}")];
        }
        var root = feed.Root!;
        var items = root.Name == Atom + "feed" ? root.Elements(Atom + "entry").ToList()
            : root.Name.LocalName.Equals("rss", StringComparison.OrdinalIgnoreCase) || root.Name.LocalName == "RDF" ? root.Descendants().Where(e => e.Name.LocalName == "item").ToList()
            : null;
        if (items is null) return [DocumentReadResult.Failed(path, $"not an RSS or Atom feed (root element <{root.Name.LocalName}>)")];
        if (items.Count == 0) return [DocumentReadResult.Failed(path, "feed has no items")];
        string stem = Path.GetFileNameWithoutExtension(path);
        return items.Select((item, index) => ReadItem(path, stem, item, index + 1)).ToList();
    }

    private static DocumentReadResult ReadItem(string path, string stem, XElement item, int position)
    {
        bool atom = item.Name.Namespace == Atom;
        string? title = Child(item, "title");
        string? link = atom ? AtomLink(item) : Child(item, "link");
        string? guid = atom ? Child(item, "id") : Child(item, "guid");
        string? date = atom
            ? Child(item, "published") ?? Child(item, "updated")
            : Child(item, "pubDate") ?? item.Element(DublinCore + "date")?.Value;
        string? body = atom
            ? Child(item, "content") ?? Child(item, "summary")
            : item.Element(Content + "encoded")?.Value ?? Child(item, "description");
        string source = $"{path}#{position}";
        string? key = guid ?? link ?? title;
        if (string.IsNullOrWhiteSpace(key))
            return DocumentReadResult.Failed(path, $"item {position} has no guid, link or title to identify it");
        if (string.IsNullOrWhiteSpace(body) && string.IsNullOrWhiteSpace(title))
            return DocumentReadResult.Failed(path, $"item {position} has no content, summary or title");
        var published = DateTextParser.ParseValue(date);
        var document = SourceDocumentBuilder.FromHtml(ItemId(stem, key), source, body ?? "", link, title, published is { HasYear: true } ? published : null);
        return DocumentReadResult.Read(document);
    }

    /// <summary>"feeds/asia.xml" + "https://example.org/news/2019/05/20/riot-in-vahdat" → "asia-2019-05-20-riot-in-vahdat-1a2b3c4d".</summary>
    public static string ItemId(string feedStem, string key)
    {
        var slug = new StringBuilder();
        var tail = key.Trim();
        int scheme = tail.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            int path = tail.IndexOf('/', scheme + 3);
            tail = path < 0 ? tail[(scheme + 3)..] : tail[(path + 1)..];
        }
        foreach (char c in tail.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c)) slug.Append(c);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        var words = slug.ToString().Trim('-');
        if (words.Length > 48) words = words[^48..].TrimStart('-');
        string hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key.Trim())))[..8];
        return words.Length == 0 ? $"{feedStem}-{hash}" : $"{feedStem}-{words}-{hash}";
    }

    private static string? Child(XElement item, string localName)
    {
        var value = item.Elements().FirstOrDefault(e => e.Name.LocalName == localName)?.Value;
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    private static string? AtomLink(XElement entry)
    {
        var links = entry.Elements(Atom + "link").ToList();
        var alternate = links.FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate") ?? links.FirstOrDefault();
        return (string?)alternate?.Attribute("href");
    }
}
