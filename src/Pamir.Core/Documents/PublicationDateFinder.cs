using System.Text.RegularExpressions;
using Pamir.Core.Time;

namespace Pamir.Core.Documents;

/// <summary>
/// Decides when a document was published and where that came from: metadata first, then the
/// text, then the URL, else unknown. In the text only the places where publishers print the
/// date count — a labelled line ("Published: …", "Posted on …", "date …"), a byline or a date
/// alone on its own line near the top, a dateline opening the report ("MOSCOW, March 23 (Reuters) -")
/// or a "Place, date" line standing alone (which may also close a report). A date inside a body
/// sentence is about an event, not the publication, and is never taken.
/// </summary>
public static partial class PublicationDateFinder
{
    /// <summary>
    /// "The top" is the page header and the opening of the report: headline, standfirst, byline,
    /// menus left by the page, the first paragraph. It ends at the second long paragraph (the body
    /// has begun), and after 40 lines at most when the report is all short paragraphs.
    /// </summary>
    private const int TopLines = 40;
    private const int LongParagraph = 250;
    /// <summary>How many non-empty lines count as "the end", where reports may sign off with a date.</summary>
    private const int BottomLines = 5;
    private const int ShortLine = 160;
    /// <summary>The longest "Place, date" line standing alone; a closing date line is shorter still.</summary>
    private const int PlaceAndDateLine = 80;

    private enum Rank { Labelled, Byline, Dateline, Updated, PlaceAndDate, Closing, None }

    public static PublicationDate? Find(string text, string? url, FuzzyDate? metadata = null)
    {
        if (metadata is { HasYear: true } meta) return new PublicationDate(meta, DateSource.Metadata);
        var fromUrl = UrlDateParser.Parse(url);
        if (FromText(text, fromUrl?.Year) is { } fromText) return new PublicationDate(fromText, DateSource.Text);
        return fromUrl is { } u ? new PublicationDate(u, DateSource.Url) : null;
    }

    /// <summary>
    /// The publication date the text states, or null. A dateline without a year ("DUSHANBE, May 20")
    /// is used only when <paramref name="knownYear"/> (from the URL) supplies the year.
    /// </summary>
    public static FuzzyDate? FromText(string text, int? knownYear = null)
    {
        var lines = NonEmptyLines(text);
        Rank best = Rank.None;
        FuzzyDate? chosen = null;
        int longParagraphs = 0;
        for (int i = 0; i < lines.Count; i++)
        {
            var (start, length) = lines[i];
            bool top = i < TopLines && longParagraphs < 2;
            if (length >= LongParagraph) longParagraphs++;
            bool bottom = i >= lines.Count - BottomLines;
            var span = text.AsSpan(start, length);
            // Below the top only a "Place, date" line or a closing date counts, both short.
            if (!top && length > PlaceAndDateLine) continue;
            if (!span.ContainsAnyInRange('0', '9')) continue;
            var (rank, date) = Judge(span.ToString(), top, bottom, knownYear, best);
            if (rank < best)
            {
                best = rank;
                chosen = date;
                if (rank == Rank.Labelled) break;
            }
        }
        return chosen;
    }

    /// <summary>
    /// Ranks one line by the first of its rules that holds. Its dates are found once, and only when
    /// a rule needs them: a long line of the body is looked at only when it opens like a dateline
    /// with a date where the place ends. Rules that could only rank the line no better than
    /// <paramref name="best"/> (what an earlier line reached) are not tried, save "updated", which
    /// comes before the byline and dateline rules and so still keeps them from ranking the line.
    /// </summary>
    private static (Rank, FuzzyDate?) Judge(string line, bool top, bool bottom, int? knownYear, Rank best)
    {
        IReadOnlyList<DateMatch>? found = null;
        if (top && line.Length <= ShortLine)
        {
            var dates = found = DateTextParser.FindAll(line);
            if (dates.Count == 0) return (Rank.None, null);
            if (Labelled(line, PublishedLabel(), dates) is { } published) return (Rank.Labelled, published);
            if (best <= Rank.Byline) return (Rank.None, null);
            if (Labelled(line, UpdatedLabel(), dates) is { } updated) return (Rank.Updated, updated);
            if (FirstWithYear(dates) is { } full && (IsBareDate(line, full) || IsByline(line) || IsNameAndDate(line, full))) return (Rank.Byline, full.Date);
        }
        if (best <= Rank.Dateline) return (Rank.None, null);
        if (top && Dateline(line, ref found, knownYear, requireAlone: false) is { } opening) return (Rank.Dateline, opening);
        if (best <= Rank.PlaceAndDate) return (Rank.None, null);
        if (line.Length <= PlaceAndDateLine && Dateline(line, ref found, null, requireAlone: true) is { } alone) return (Rank.PlaceAndDate, alone);
        if (best <= Rank.Closing) return (Rank.None, null);
        if (bottom && line.Length <= 60)
        {
            var dates = found ??= DateTextParser.FindAll(line);
            if (FirstWithYear(dates) is { } closing && IsBareDate(line, closing) && closing.Date.Day is not null) return (Rank.Closing, closing.Date);
        }
        return (Rank.None, null);
    }

    /// <summary>
    /// The date after a label that opens the line or follows a separator ("By Jane Doe | Published 3 May 2019");
    /// "published" inside a sentence ("The report, published on 12 May 2019, said …") is not a label.
    /// </summary>
    private static FuzzyDate? Labelled(string line, Regex label, IReadOnlyList<DateMatch> dates)
    {
        var m = label.Match(line);
        if (!m.Success) return null;
        var before = line.AsSpan(0, m.Index).TrimEnd();
        if (!before.IsEmpty && "|·•—–-;/(".IndexOf(before[^1]) < 0 && !IsByline(line)) return null;
        foreach (var d in dates)
            if (d.Start >= m.Index + m.Length && d.Date.HasYear && d.Start - (m.Index + m.Length) <= 40) return d.Date;
        return null;
    }

    private static DateMatch? FirstWithYear(IReadOnlyList<DateMatch> dates)
    {
        foreach (var d in dates) if (d.Date.HasYear) return d;
        return null;
    }

    /// <summary>A line that is the date and nothing else but a weekday, a clock time, a time zone or separators.</summary>
    private static bool IsBareDate(string line, DateMatch date)
    {
        string rest = string.Concat(line.AsSpan(0, date.Start), " ", line.AsSpan(date.End));
        rest = DateNoise().Replace(rest, " ");
        foreach (char c in rest) if (char.IsLetterOrDigit(c)) return false;
        return true;
    }

    /// <summary>"By Jane Doe | 7 July 2017", "Staff reporter · May 20, 2019": a short author line carrying the date.</summary>
    private static bool IsByline(string line)
    {
        if (line.Length > 120 || line.TrimEnd().EndsWith('.')) return false;
        return BylineOpening().IsMatch(line) || line.AsSpan().IndexOfAny("|·•") >= 0;
    }

    /// <summary>"Jane Doe Jun 20, 2019", "Jane Doe, 20.06.2019": an author's name (two to four capitalised words) and a full date, nothing else.</summary>
    private static bool IsNameAndDate(string line, DateMatch date)
    {
        if (date.Date.Day is null || line.Length > 80) return false;
        string rest = DateNoise().Replace(string.Concat(line.AsSpan(0, date.Start), " ", line.AsSpan(date.End)), " ");
        var words = rest.Split([' ', ',', '|', '-', '–', '—', '·', '•'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 4 && words.All(w => char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c is '.' or '\'' or '’'))
            && !NotAPlace().IsMatch(words[0]);
    }

    /// <summary>
    /// "Bishkek/Brussels, 24 May 2011", "DUSHANBE, May 20 /TASS/", "MOSCOW, March 23 (Reuters) -",
    /// "Almaty, Kazakhstan, 5 January 2022 —": a place (capitalised, a few words) and a date opening the line.
    /// </summary>
    private static FuzzyDate? Dateline(string line, ref IReadOnlyList<DateMatch>? found, int? knownYear, bool requireAlone)
    {
        var m = DatelinePrefix().Match(line);
        if (!m.Success || !DateTextParser.MayStartAt(line, m.Length) || NotAPlace().IsMatch(m.Groups["first"].Value)) return null;
        var dates = found ??= DateTextParser.FindAll(line);
        if (dates.Count == 0 || dates[0].Start != m.Length) return null;
        var date = dates[0];
        if (requireAlone && !IsBareDate(line[m.Length..], date with { Start = 0, End = date.End - m.Length })) return null;
        if (date.Date.Day is null) return null;
        if (date.Date.HasYear) return date.Date;
        return knownYear is int year && date.Date.Day <= DateTime.DaysInMonth(year, date.Date.Month!.Value)
            ? date.Date with { Year = year } : null;
    }

    /// <summary>Start and length of each non-empty line, trimmed; only the few candidate lines become strings.</summary>
    private static List<(int Start, int Length)> NonEmptyLines(string text)
    {
        var lines = new List<(int, int)>();
        int start = 0;
        while (start <= text.Length)
        {
            int end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            int s = start, e = end;
            while (s < e && char.IsWhiteSpace(text[s])) s++;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            if (e > s) lines.Add((s, e - s));
            start = end + 1;
        }
        return lines;
    }

    [GeneratedRegex(@"^\s*(?i:(?:written|posted|reported|story|text|words|report) )?(?i:by)\s+\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex BylineOpening();

    [GeneratedRegex(@"\b(?:published|posted|publication date|date of publication|first published|released|issued|created|dated?|опубликовано)\b\s*(?:on|at)?\s*[:\-–]?\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PublishedLabel();

    [GeneratedRegex(@"\b(?:updated|last updated|modified|last modified|обновлено)\b\s*(?:on|at)?\s*[:\-–]?\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UpdatedLabel();

    [GeneratedRegex(@"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\b\.?|\b\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?|\b(?:gmt|utc)(?:[+\-−]\d{1,2}(?::?\d{2})?)?|\b(?:bst|cet|cest|eet|msk|est|edt|pst|pdt|ist|local time|on|at)\b|[+\-−]\d{2}:?\d{2}\b|(?:updated\s*)?\d+\s+(?:minutes?|mins?|hours?|hrs?|days?)\s+ago", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateNoise();

    /// <summary>
    /// A place of one to four capitalised words (slashes allowed: "Bishkek/Brussels"), an optional
    /// country or region after a comma, an optional agency in brackets, then a comma, full stop or dash.
    /// </summary>
    [GeneratedRegex(@"^\s*(?<first>\p{Lu}[\p{L}\p{M}'’.\-]*)(?:[ /\-]+\p{Lu}[\p{L}\p{M}'’.\-]*){0,3}(?:,\s*\p{Lu}[\p{L}\p{M}'’.\-]*(?: \p{Lu}[\p{L}\p{M}'’.\-]*){0,2})?(?:\s*\([^)\n]{1,30}\))?\s*[,.:\-–—]\s*", RegexOptions.CultureInvariant)]
    private static partial Regex DatelinePrefix();

    /// <summary>Capitalised words that open sentences and headers, not datelines.</summary>
    [GeneratedRegex(@"^(?:on|in|by|since|as|at|from|until|till|before|after|during|between|around|then|today|yesterday|last|next|also|and|but|so|early|late|the|this|that|these|those|it|he|she|they|we|when|while|published|posted|updated|date|dated|photo|image|copyright|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december)\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotAPlace();
}
