using System.Buffers;
using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Pamir.Core.Documents;

/// <summary>
/// Removes web-page furniture from text saved off a page, conservatively: a line goes only when
/// it is unmistakably not a sentence of the article — a run of icon and button labels, "top of
/// page", a sign-up prompt, an image file name, a photo caption that carries a photo credit, a
/// related-articles list, or a reader-comment section from its heading to the end. Paragraph
/// breaks come out as one blank line.
/// </summary>
public static partial class FurnitureCleaner
{
    /// <summary>Words that label icons and buttons on news pages, lower-cased.</summary>
    private static readonly FrozenSet<string> UiWords = FrozenSet.ToFrozenSet(
    [
        "arrow", "up", "down", "left", "right", "camera", "icon", "icons", "set", "ellipsis", "facebook", "favorite",
        "favourite", "globe", "hamburger", "list", "mail", "email", "e-mail", "map", "marker", "microphone", "minus",
        "plus", "pdf", "play", "pause", "print", "rss", "search", "share", "trash", "twitter", "x", "video", "youtube",
        "audio", "available", "bookmark", "bookmarks", "check", "language", "languages", "close", "comment", "comments",
        "download", "link", "copy", "newsletter", "newsletters", "instagram", "whatsapp", "telegram", "linkedin",
        "reddit", "pinterest", "tumblr", "vk", "viber", "flipboard", "messenger", "tiktok", "threads", "bluesky",
        "menu", "home", "login", "log", "in", "out", "sign", "register", "subscribe", "account", "profile", "user",
        "settings", "more", "less", "next", "previous", "prev", "back", "forward", "expand", "collapse", "open",
        "toggle", "navigation", "chevron", "caret", "star", "heart", "like", "tweet", "send", "reply", "report",
        "zoom", "fullscreen", "gallery", "photo", "photos", "image", "images", "podcast", "podcasts", "live", "tv",
        "radio", "rss", "feed", "info", "help", "about", "contact", "cart", "bell", "notifications", "alert",
        "clock", "calendar", "edit", "delete", "add", "remove", "refresh", "sync", "upload", "lock", "unlock",
        "your", "data", "yourdata", "mute", "volume", "cc", "subtitles", "settings", "font", "size", "text",
        "dark", "mode", "light", "theme", "sitemap", "advertisement", "ad", "ads", "sponsored", "weather",
        "whatsapp", "skype", "sms", "cookie", "cookies", "accept", "decline", "ok", "tags", "tag", "topics",
    ], StringComparer.Ordinal);

    /// <summary>Single words that are a whole line of furniture when they stand alone.</summary>
    private static readonly FrozenSet<string> LoneButtons = FrozenSet.ToFrozenSet(
    [
        "share", "print", "email", "e-mail", "tweet", "facebook", "twitter", "whatsapp", "telegram", "advertisement",
        "advert", "menu", "search", "close", "subscribe", "listen", "bookmark", "copied", "save",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> UiWordSpans = UiWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LoneButtonSpans = LoneButtons.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The text without its furniture. Lines are read as spans of the text and the result is
    /// written into one pooled buffer: splitting every report into line strings and joining them
    /// again was a tenth of reading, and most reports come out as they went in (then the text
    /// itself is returned).
    /// </summary>
    public static string Clean(string text)
    {
        string normalized = text.ReplaceLineEndings("\n");
        var lines = Lines(normalized);
        var trimmed = new Line[lines.Length];
        var keep = new bool[lines.Length];
        for (int i = 0; i < lines.Length; i++)
        {
            var span = normalized.AsSpan(lines[i].Start, lines[i].Length);
            int start = span.Length - span.TrimStart().Length;
            trimmed[i] = new Line(lines[i].Start + start, span.Trim().Length);
            keep[i] = !IsFurnitureLine(trimmed[i].Of(normalized));
        }
        DropRepeatedHeadings(normalized, trimmed, keep);
        DropRelatedLists(normalized, trimmed, keep);
        DropCommentSection(normalized, trimmed, keep);
        return Join(normalized, lines, trimmed, keep);
    }

    /// <summary>A line of the text, at [Start, Start + Length).</summary>
    private readonly record struct Line(int Start, int Length)
    {
        public ReadOnlySpan<char> Of(string text) => text.AsSpan(Start, Length);
    }

    /// <summary>The lines between the line breaks, as <see cref="string.Split(char, StringSplitOptions)"/> gives them.</summary>
    private static Line[] Lines(string text)
    {
        var lines = new Line[text.AsSpan().Count('\n') + 1];
        int start = 0;
        for (int i = 0; i < lines.Length; i++)
        {
            int end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            lines[i] = new Line(start, end - start);
            start = end + 1;
        }
        return lines;
    }

    // Each pattern below runs only on lines holding one of its keywords: one vectorised scan
    // lets ordinary article paragraphs skip the pattern altogether.
    private static readonly SearchValues<string> SignUpWords = Keywords("sign up", "subscribe", "inbox", "newsletter", "email", "e-mail");
    private static readonly SearchValues<string> CommentWords = Keywords("comment", "email address", "e-mail address", "required fields", "repl", "responses");
    private static readonly SearchValues<string> CookieWords = Keywords("cookie");
    private static readonly SearchValues<string> CreditWords = Keywords("photo", "image", "picture", "pic:", "credit", "illustration");

    /// <summary>
    /// Sentence punctuation, the ASCII marks apart from the curly quotes: a set of ASCII characters
    /// alone is searched many characters at a time whatever else the line holds, where one with the
    /// curly quotes in it went character by character through every line with a non-ASCII letter.
    /// </summary>
    private static readonly SearchValues<char> SentencePunctuation = SearchValues.Create(".,;:!?\"");

    /// <summary>An image file name ends with its extension's last letter (the pattern's $ allows one final line break after it).</summary>
    private static bool EndsWithLetter(ReadOnlySpan<char> line)
    {
        int last = line.EndsWith('\n') ? line.Length - 2 : line.Length - 1;
        return last >= 0 && char.IsLetter(line[last]);
    }

    private static SearchValues<string> Keywords(params string[] words) => SearchValues.Create(words, StringComparison.OrdinalIgnoreCase);

    /// <summary>A line that is furniture by itself, whatever surrounds it.</summary>
    public static bool IsFurnitureLine(ReadOnlySpan<char> line)
    {
        if (line.Length == 0) return false;
        if (IsIconLabelRun(line)) return true;
        if (line.Length <= 200 && (PageChrome().IsMatch(line) || ReadAlso().IsMatch(line) || (EndsWithLetter(line) && ImageFileName().IsMatch(line)))) return true;
        if (line.Length > 600) return false;
        var span = line;
        return (line.Length <= 240 && span.IndexOfAny(SignUpWords) >= 0 && SignUp().IsMatch(line))
            || (line.Length <= 300 && span.IndexOfAny(CommentWords) >= 0 && CommentChrome().IsMatch(line))
            || (line.Length <= 200 && span.IndexOfAny(CookieWords) >= 0 && CookieNotice().IsMatch(line))
            || ((span.IndexOfAny(CreditWords) >= 0 || span.Contains('©')) && IsCaptionWithCredit(line));
    }

    /// <summary>
    /// "Listen Save Print PDF Email Copy link Telegram WhatsApp Menu …": words without
    /// sentence punctuation, nearly all capitalised or known button labels, most of them button labels.
    /// </summary>
    public static bool IsIconLabelRun(ReadOnlySpan<char> line)
    {
        if (line.Length > 600 || line.ContainsAny(SentencePunctuation) || line.ContainsAny('“', '”')) return false;
        // The line is lower-cased once into a buffer on the stack and its words looked up as spans:
        // a string for each word and another for its lower case cost more than the test itself.
        Span<char> lower = stackalloc char[line.Length];
        line.ToLowerInvariant(lower);
        int words = 0, ui = 0, capitalisedOrUi = 0;
        bool lone = false;
        foreach (var range in line.Split(' '))
        {
            var word = line[range];
            if (word.IsEmpty) continue;
            var folded = lower[range];
            if (++words == 1) lone = LoneButtonSpans.Contains(folded);
            bool isUi = UiWordSpans.Contains(folded);
            if (isUi) ui++;
            if (isUi || char.IsUpper(word[0])) capitalisedOrUi++;
        }
        if (words == 1) return lone;
        if (ui == words) return true;
        return words >= 4 && ui * 2 >= words && capitalisedOrUi * 10 >= words * 9;
    }

    /// <summary>
    /// A caption paragraph: a short paragraph that ends with a photo credit ("Photo: AFP / Name",
    /// "Photo (c): Name / Agency. All rights reserved."). A long paragraph is kept even with a credit,
    /// since it is more likely article text quoting one.
    /// </summary>
    public static bool IsCaptionWithCredit(ReadOnlySpan<char> line)
    {
        if (line.Length > 600) return false;
        foreach (var credit in PhotoCredit().EnumerateMatches(line))
        {
            // What follows the credit marker is the credit itself: names, agencies, licences — no further sentence.
            var caption = line[..credit.Index];
            var tail = line[(credit.Index + credit.Length)..];
            return caption.Length <= 400 && CountSentenceEnds(caption) <= 3 && tail.Length <= 160 && CountSentenceEnds(tail) <= 2;
        }
        return false;
    }

    private static int CountSentenceEnds(ReadOnlySpan<char> span)
    {
        int n = 0;
        for (int i = 0; i < span.Length; i++)
            if (span[i] is '.' or '!' or '?' && (i + 1 == span.Length || span[i + 1] == ' ')) n++;
        return n;
    }

    /// <summary>Page titles repeated on consecutive lines (a heading printed twice by the page template).</summary>
    private static void DropRepeatedHeadings(string text, Line[] lines, bool[] keep)
    {
        Line? previous = null;
        for (int i = 0; i < lines.Length; i++)
        {
            if (!keep[i]) continue;
            var line = lines[i].Of(text);
            if (line.Length == 0) continue;
            if (previous is { } before && line.SequenceEqual(before.Of(text)) && line.Length <= 200) keep[i] = false;
            previous = lines[i];
        }
    }

    /// <summary>"Related articles" / "Read more" / "Most read" and the short headline lines listed under it.</summary>
    private static void DropRelatedLists(string text, Line[] lines, bool[] keep)
    {
        for (int i = 0; i < lines.Length; i++)
        {
            if (!keep[i] || lines[i].Length is 0 or > 60 || !RelatedHeading().IsMatch(lines[i].Of(text))) continue;
            int j = i + 1;
            var listed = new List<int>();
            for (; j < lines.Length; j++)
            {
                var line = lines[j].Of(text);
                if (line.Length == 0) continue;
                if (!LooksLikeHeadline(line)) break;
                listed.Add(j);
            }
            if (listed.Count == 0) continue;
            keep[i] = false;
            foreach (int k in listed) keep[k] = false;
        }
    }

    private static bool LooksLikeHeadline(ReadOnlySpan<char> line) =>
        line.Length <= 160 && !(line.EndsWith('.') && CountSentenceEnds(line) >= 1 && line.Count(' ') + 1 > 12);

    /// <summary>
    /// A reader-comment section: a heading ("Join the Conversation", "12 Comments", "Leave a comment")
    /// followed, to the end of the text, by what reads as comments — numbered or signed posts, reply
    /// buttons, the comment form's boilerplate — or by nothing at all.
    /// </summary>
    private static void DropCommentSection(string text, Line[] lines, bool[] keep)
    {
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length is 0 or > 80 || !CommentHeading().IsMatch(lines[i].Of(text))) continue;
            int remaining = 0, signals = 0;
            for (int j = i + 1; j < lines.Length; j++)
            {
                var line = lines[j].Of(text);
                if (line.Length == 0) continue;
                remaining++;
                if (CommentSignal().IsMatch(line) || CommentHeading().IsMatch(line) || CommentChrome().IsMatch(line)) signals++;
            }
            if (remaining == 0 || signals > 0)
            {
                for (int j = i; j < lines.Length; j++) keep[j] = false;
                return;
            }
        }
    }

    /// <summary>
    /// The kept lines without trailing white space, one blank line where lines were dropped or
    /// blank. Never longer than the text: each separator stands for at least as many line breaks.
    /// </summary>
    private static string Join(string text, Line[] lines, Line[] trimmed, bool[] keep)
    {
        char[] buffer = ArrayPool<char>.Shared.Rent(Math.Max(text.Length, 1));
        try
        {
            int length = 0;
            bool pendingBreak = false;
            for (int i = 0; i < lines.Length; i++)
            {
                if (!keep[i] || trimmed[i].Length == 0)
                {
                    // A dropped line between two paragraphs still separates them.
                    if (length > 0) pendingBreak = true;
                    continue;
                }
                if (length > 0)
                {
                    buffer[length++] = '\n';
                    if (pendingBreak) buffer[length++] = '\n';
                }
                var line = lines[i].Of(text).TrimEnd();
                line.CopyTo(buffer.AsSpan(length));
                length += line.Length;
                pendingBreak = false;
            }
            var joined = buffer.AsSpan(0, length);
            return joined.SequenceEqual(text) ? text : joined.ToString();
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    [GeneratedRegex(@"^(?:(?:back|go|return|scroll|jump)\s+to\s+(?:the\s+)?)?(?:top|bottom)(?:\s+of\s+(?:the\s+)?page)?\s*[↑⬆^]?$|^(?:top|bottom) of (?:the )?page$|^skip to (?:main )?(?:content|navigation)$|^(?:toggle|jump to) navigation$|^(?:continue reading|read more|show more|load more|see more|scroll to continue(?: with content)?|advertisement|advert|sponsored content|loading\.*|share this(?: article| story| page)?|share on \w+|click to share on .*|print this (?:article|page)|listen to (?:this )?article)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageChrome();

    [GeneratedRegex(@"\bsign up (?:here|now|today|for (?:free|our|the)|to (?:our|the|receive|get))|^sign up\b|\bsubscribe (?:to (?:our|the) (?:\w+ )?(?:newsletter|mailing list|channel)|now|here|for free|today)\b|^subscribe\b|^get (?:\S+ ){1,5}(?:emails?|newsletters?)\b|\b(?:delivered|straight) to your inbox\b|\benter your e-?mail(?: address)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SignUp();

    [GeneratedRegex(@"your e-?mail address will not be published|you must be (?:logged|signed) in to (?:post|leave) a comment|required fields are marked|comments? (?:are|is) (?:closed|moderated|disabled)|commenting guidelines|comment policy|^(?:post|submit) (?:a )?comment$|^(?:log ?in|sign in) to (?:comment|reply)|^show (?:all )?comments$|^view comments$|^load comments$|^\d+\s+(?:comments?|replies|responses)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommentChrome();

    [GeneratedRegex(@"^(?:join the (?:conversation|discussion|debate)|(?:leave|add|post|write) a (?:comment|reply|response)|leave a reply(?: cancel reply)?|\d+\s+(?:comments?|responses?|replies|thoughts? on .*)|comments?(?: \(\d+\))?|reader comments|have your say)\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommentHeading();

    /// <summary>
    /// What comment threads look like line by line: "X says:", reply buttons, timestamps, the
    /// praise of spam comments. Numbered lines alone are not a signal: reports number their points too.
    /// </summary>
    [GeneratedRegex(@"\bsays:$|\bwrote:$|^reply$|^report(?: comment)?$|^\d+\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago$|\bat \d{1,2}:\d{2}\s*(?:am|pm)$|^(?:like|likes|upvote|downvote)\b|thanks? (?:you )?for (?:sharing|the post|this post|the article)|great (?:post|article|work)|keep up the good work", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommentSignal();

    [GeneratedRegex(@"\b(?:we|this (?:site|website)) uses? cookies\b|\baccept (?:all )?cookies\b|\bcookie (?:policy|settings|preferences|consent)\b|\bmanage (?:your )?(?:cookie|privacy) (?:settings|preferences)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CookieNotice();

    [GeneratedRegex(@"^\S*[\w\-]+\.(?:png|jpe?g|gif|webp|svg|bmp|tiff?|avif|heic)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ImageFileName();

    /// <summary>"Photo: AFP", "Photo (c): …", "Photo CC-by-2.0: …", "Photograph: …", "Image credit: …", "(Photo by …)", "Credit: …".</summary>
    [GeneratedRegex(@"(?:^|[\s(\[])(?:photo(?:graph)?s?|image|picture|pic|illustration|file photo)(?:\s*(?:\((?:c|©)\)|©|cc[\w.\-]*|credit|courtesy))?\s*:\s*|(?:^|[\s(\[])(?:photo(?:graph)?|image)\s+(?:by|courtesy of|credit)\s+|(?:^|[\s(\[])(?:photo |image |picture )?credits?\s*:\s*|©\s*(?=\p{Lu})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PhotoCredit();

    [GeneratedRegex(@"^(?:read (?:more|also|next)|see also|also read|related(?: story| article| coverage)?|more on this(?: story)?|recommended|you (?:may|might) also (?:like|be interested in))\s*[:\-–—|]\s*\S", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReadAlso();

    [GeneratedRegex(@"^(?:related(?: articles| stories| content| posts| news| coverage| reading)?|more (?:stories|news|from \S.*|on this (?:topic|story))|read (?:more|also|next)|see also|you (?:may|might) also (?:like|be interested in)|recommended(?: for you| stories| articles)?|most (?:read|popular|viewed|shared)|trending(?: now)?|latest (?:news|stories)|top stories|editor'?s picks)\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelatedHeading();
}
