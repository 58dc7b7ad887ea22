using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Pamir.Core.Time;

namespace Pamir.Core.Documents;

/// <summary>
/// Reads the article out of an HTML page: takes the page's metadata (title, canonical URL,
/// publication date from meta tags, JSON-LD or a &lt;time&gt; element), removes page furniture
/// (navigation, page header and footer, asides, forms, buttons, share bars, cookie notices,
/// related-article lists, comment sections, scripts and styles), prefers &lt;article&gt; or
/// &lt;main&gt; when the page has them, and writes each block as its own paragraph.
/// </summary>
public static partial class HtmlArticleReader
{
    private static readonly HtmlParser Parser = new();

    private static readonly string[] DroppedTags =
    [
        "script", "style", "noscript", "template", "iframe", "svg", "canvas", "video", "audio", "object", "embed",
        "nav", "aside", "form", "button", "select", "input", "textarea", "label", "dialog", "menu", "figure",
        "figcaption", "picture", "img", "link", "meta",
    ];

    private static readonly string[] DroppedRoles =
        ["navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu", "menubar", "toolbar", "button"];

    private static readonly string[] MetaDateNames =
    [
        "article:published_time", "og:published_time", "og:article:published_time", "article.published", "published_time",
        "parsely-pub-date", "sailthru.date", "dc.date", "dc.date.issued", "dc.date.created", "dcterms.date", "dcterms.issued",
        "dcterms.created", "datepublished", "date", "pubdate", "publishdate", "publish-date", "publish_date",
        "publication_date", "citation_publication_date", "citation_date", "article_date_original", "original-publish-date",
    ];

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
        "blockquote", "pre", "table", "tr", "td", "th", "tbody", "thead", "br", "hr", "address", "details", "summary", "center",
    };

    public static HtmlArticle Read(string html)
    {
        using var document = Parser.ParseDocument(html);
        string? title = Title(document);
        string? url = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta(document, "og:url");
        FuzzyDate? published = MetaDate(document) ?? JsonLdDate(document) ?? TimeElementDate(document);

        var body = document.Body;
        if (body is null) return new HtmlArticle("", title, url, published);
        RemoveFurniture(body);
        var root = ArticleRoot(body);
        DropLinkLists(root);
        var text = FurnitureCleaner.Clean(BlockText(root));
        return new HtmlArticle(text, title, url, published);
    }

    private static string? Title(IDocument document)
    {
        var title = Meta(document, "og:title") ?? Meta(document, "twitter:title") ?? document.QuerySelector("h1")?.TextContent ?? document.Title;
        title = title is null ? null : Whitespace().Replace(title, " ").Trim();
        return string.IsNullOrEmpty(title) ? null : title;
    }

    private static string? Meta(IDocument document, string name)
    {
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (key is not null && key.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                var content = meta.GetAttribute("content");
                if (!string.IsNullOrWhiteSpace(content)) return content.Trim();
            }
        }
        return null;
    }

    private static FuzzyDate? MetaDate(IDocument document)
    {
        foreach (var name in MetaDateNames)
            if (DateTextParser.ParseValue(Meta(document, name)) is { HasYear: true } date) return date;
        return null;
    }

    private static FuzzyDate? JsonLdDate(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                if (FindProperty(json.RootElement, "datePublished", 0) is { } value && DateTextParser.ParseValue(value) is { HasYear: true } date) return date;
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common on real pages; the other date sources still apply.
            }
        }
        return null;
    }

    private static string? FindProperty(JsonElement element, string name, int depth)
    {
        if (depth > 8) return null;
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
                if (property.NameEquals(name) && property.Value.ValueKind == JsonValueKind.String) return property.Value.GetString();
            foreach (var property in element.EnumerateObject())
                if (FindProperty(property.Value, name, depth + 1) is { } found) return found;
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
                if (FindProperty(item, name, depth + 1) is { } found) return found;
        }
        return null;
    }

    private static FuzzyDate? TimeElementDate(IDocument document)
    {
        var time = document.QuerySelector("time[itemprop=datePublished], time[pubdate]")
            ?? (document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.Body)?.QuerySelector("time[datetime]");
        return DateTextParser.ParseValue(time?.GetAttribute("datetime") ?? time?.TextContent) is { HasYear: true } date ? date : null;
    }

    private static void RemoveFurniture(IElement body)
    {
        foreach (var element in body.QuerySelectorAll(string.Join(',', DroppedTags)).ToList()) element.Remove();
        foreach (var element in body.QuerySelectorAll("[role],[aria-hidden=true],[hidden]").ToList())
        {
            var role = element.GetAttribute("role");
            if (element.HasAttribute("hidden") || element.GetAttribute("aria-hidden") == "true" || (role is not null && DroppedRoles.Contains(role, StringComparer.OrdinalIgnoreCase)))
                element.Remove();
        }
        // A page header or footer belongs to the page; an article's own header holds its headline and byline.
        foreach (var element in body.QuerySelectorAll("header, footer").ToList())
            if (element.LocalName == "footer" || element.Closest("article") is null) element.Remove();
        // A wrapper named "with-sidebar" or "has-comments" may hold the article itself: it stays when it holds much of the page's text.
        int pageText = ParagraphText(body);
        foreach (var element in body.QuerySelectorAll("[class],[id]").ToList())
            if (element.LocalName is not ("article" or "main" or "body") && IsFurnitureContainer(element) && element.Parent is not null
                && element.QuerySelector("article, main") is null && ParagraphText(element) * 5 <= pageText * 2)
                element.Remove();
    }

    private static int ParagraphText(IElement element) => element.QuerySelectorAll("p").Sum(p => p.TextContent.Length);

    /// <summary>An element whose class or id names a kind of furniture ("share-bar", "cookie-notice", "related-posts", "comments").</summary>
    private static bool IsFurnitureContainer(IElement element)
    {
        string names = $"{element.GetAttribute("class")} {element.GetAttribute("id")}".ToLowerInvariant();
        foreach (var token in NameTokens().Split(names))
            if (token.Length > 0 && FurnitureNames.Contains(token)) return true;
        return false;
    }

    private static readonly HashSet<string> FurnitureNames = new(StringComparer.Ordinal)
    {
        "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "share", "sharing", "social", "sharebar",
        "cookie", "cookies", "consent", "gdpr", "related", "recommended", "recommendations", "comments", "comment",
        "disqus", "newsletter", "subscribe", "subscription", "signup", "sidebar", "footer", "masthead", "advert",
        "advertisement", "ads", "promo", "popup", "modal", "banner", "toolbar", "pagination", "tags", "byline-share",
        "outbrain", "taboola", "trending", "mostread", "most-read", "skip", "sr-only", "visually-hidden", "offscreen",
    };

    /// <summary>
    /// The element holding the article: the &lt;article&gt; or &lt;main&gt; with the most paragraph
    /// text (pages list related stories as small &lt;article&gt;s too), else the body.
    /// </summary>
    private static IElement ArticleRoot(IElement body)
    {
        IElement best = body;
        int bestLength = 0;
        foreach (var candidate in body.QuerySelectorAll("article, main, [role=main], [itemprop=articleBody]"))
        {
            int length = ParagraphText(candidate);
            if (length > bestLength)
            {
                best = candidate;
                bestLength = length;
            }
        }
        return best;
    }

    /// <summary>Lists whose text is nearly all links are menus or related-story lists, not article content.</summary>
    private static void DropLinkLists(IElement root)
    {
        foreach (var list in root.QuerySelectorAll("ul, ol").ToList())
        {
            int total = list.TextContent.Trim().Length;
            int linked = list.QuerySelectorAll("a").Sum(a => a.TextContent.Trim().Length);
            if (total > 0 && linked * 10 >= total * 8) list.Remove();
        }
    }

    private static string BlockText(IElement root)
    {
        var output = new StringBuilder();
        var block = new StringBuilder();
        Walk(root, output, block);
        Flush(output, block);
        return output.ToString();
    }

    private static void Walk(INode node, StringBuilder output, StringBuilder block)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                block.Append(text.Data);
            }
            else if (child is IElement element)
            {
                bool isBlock = BlockTags.Contains(element.LocalName);
                if (isBlock) Flush(output, block);
                Walk(element, output, block);
                if (isBlock) Flush(output, block);
            }
        }
    }

    private static void Flush(StringBuilder output, StringBuilder block)
    {
        if (block.Length == 0) return;
        var text = Whitespace().Replace(block.ToString(), " ").Trim();
        block.Clear();
        if (text.Length == 0) return;
        if (output.Length > 0) output.Append("\n\n");
        output.Append(text);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"[\s_]+|(?<=\w)-(?=\w)")]
    private static partial Regex NameTokens();
}
