using System.Text.RegularExpressions;
using Pamir.Core.Time;

namespace Pamir.Core.Documents;

/// <summary>
/// Makes a <see cref="SourceDocument"/> from what a reader found: cleans plain text of page
/// furniture, finds the publication date (metadata, text, URL) and computes the content hash.
/// </summary>
public static partial class SourceDocumentBuilder
{
    /// <summary>From plain text as saved off a page: furniture is removed, and the title is the headline line when there is one.</summary>
    public static SourceDocument FromText(string id, string source, string text, string? url = null, string? title = null, FuzzyDate? published = null)
    {
        var clean = FurnitureCleaner.Clean(text);
        return Build(id, source, clean, url, title ?? Headline(clean), published);
    }

    /// <summary>From an HTML page or fragment.</summary>
    public static SourceDocument FromHtml(string id, string source, string html, string? url = null, string? title = null, FuzzyDate? published = null)
    {
        var article = HtmlArticleReader.Read(html);
        return Build(id, source, article.Text, url ?? article.Url, title ?? article.Title, published ?? article.Published);
    }

    private static SourceDocument Build(string id, string source, string text, string? url, string? title, FuzzyDate? published)
    {
        title = string.IsNullOrWhiteSpace(title) ? null : title.Trim();
        var date = PublicationDateFinder.Find(text, url, published);
        return new SourceDocument
        {
            Id = id,
            Source = source,
            Url = string.IsNullOrWhiteSpace(url) ? null : url.Trim(),
            Title = title,
            Text = text,
            Published = date?.Date,
            PublishedSource = date?.Source ?? DateSource.Unknown,
            ContentHash = ContentHash.Compute(title, text),
        };
    }

    /// <summary>The first line when it reads as a headline: short, not ending like a sentence, not a byline or date line.</summary>
    private static string? Headline(string text)
    {
        int end = text.IndexOf('\n');
        var first = (end < 0 ? text : text[..end]).Trim();
        return first.Length is > 0 and <= 200 && !first.EndsWith('.') && !NotAHeadline().IsMatch(first) ? first : null;
    }

    [GeneratedRegex(@"^(?i:by|posted|published|updated|date|dated|photo)\b|^\p{Lu}{2,}[\p{Lu}\s/]*,", RegexOptions.CultureInvariant)]
    private static partial Regex NotAHeadline();
}
