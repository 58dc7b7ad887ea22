using Pamir.Core.Lexicons;
using Pamir.Core.Text;

namespace Pamir.Core.Relations;

/// <summary>
/// Reads profile-style relationship lists: a heading line naming a stance ("Allies", "Partners",
/// "Rivals", "Adversaries", armed opposition) followed by lines that each name an actor or give
/// its code ("RUS", "PRC"), or "Allies: Russia, China" on one line. Every listed actor stands in
/// the heading's stance to the profile's subject.
/// <para>
/// Which heading a list belongs to: the nearest stance heading above it. When headings are
/// stacked with nothing between them ("Rivals", then "Adversaries", then another heading, then a
/// list), the page does not say whether the earlier ones are empty sections or titles of the list,
/// so the list still goes to the nearest stance heading and every statement's Note names the
/// stacked headings it might belong to instead. Unrecognised headings above the first stance
/// heading ("Relationships") are section titles and raise no doubt.
/// </para>
/// </summary>
public sealed class ProfileListReader(RelationLexicon lexicon)
{
    private const int MaxHeadingLength = 48;
    private const int MaxItemLength = 64;

    private readonly record struct Heading(TextSpan Span, string Text, RelationType? Type);

    /// <param name="resolveItem">The actor a list line names (by name or code), or null when it names none.</param>
    public IEnumerable<RelationStatement> Read(string documentId, string text, string subject, Func<TextSpan, string?> resolveItem)
    {
        // Only a stance heading opens a list: a text without one (most of them) has its short lines
        // left alone rather than each looked up as an actor.
        if (!HasHeading(text)) yield break;
        var pending = new List<Heading>();
        Heading? current = null;
        string? note = null;
        bool inList = false;
        foreach (var line in Lines(text))
        {
            if (line.Length == 0) continue;
            // A line is split into words only when it may be a heading (its first word starts one)
            // or may go on a list: most of the text is never split.
            List<TextSpan>? words = null;
            if (MayBeHeading(text, line) && HeadingOf(text, line, words = WordSpans.Scan(text, line)) is { } heading)
            {
                if (inList) { pending.Clear(); inList = false; }
                pending.Add(heading);
                if (InlineItems(text, line, words) is { } inline)
                {
                    (current, note) = Attribute(pending);
                    pending.Clear();
                    foreach (var item in inline)
                        if (current is { Type: { } t } && resolveItem(item) is { } name && !Same(name, subject))
                            yield return new RelationStatement(documentId, subject, name, t, line, Note: note);
                    current = null;
                }
                continue;
            }
            var itemName = line.Length <= MaxItemLength ? resolveItem(line) : null;
            if (itemName is null && inList && NameShaped(text, line, words ?? WordSpans.Scan(text, line))) itemName = line.Of(text);
            if (itemName is not null)
            {
                if (!inList) { (current, note) = Attribute(pending); pending.Clear(); inList = true; }
                if (current is { Type: { } type } h && !Same(itemName, subject))
                    yield return new RelationStatement(documentId, subject, itemName, type, new TextSpan(h.Span.Start, line.End), Note: note);
                continue;
            }
            if (line.Length <= MaxHeadingLength && !EndsSentence(text, line))
            {
                if (inList) { pending.Clear(); inList = false; }
                pending.Add(new Heading(line, line.Of(text), null));
                continue;
            }
            pending.Clear();
            current = null;
            inList = false;
        }
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    /// <summary>The nearest stance heading, and a note when stacked headings leave the attribution unclear.</summary>
    private static (Heading? Heading, string? Note) Attribute(List<Heading> pending)
    {
        int last = pending.FindLastIndex(h => h.Type is not null);
        if (last < 0) return (null, null);
        int firstStance = pending.FindIndex(h => h.Type is not null);
        if (firstStance == last && last == pending.Count - 1) return (pending[last], null);
        var stacked = pending.Skip(firstStance).Select(h => $"'{h.Text}'");
        var note = $"layout unclear: the list follows the headings {string.Join(", ", stacked)} with no entries between them; " +
                   $"attributed to the nearest stance heading '{pending[last].Text}'";
        return (pending[last], note);
    }

    private bool HasHeading(string text)
    {
        foreach (var line in Lines(text))
            if (line.Length > 0 && MayBeHeading(text, line) && HeadingOf(text, line, WordSpans.Scan(text, line)) is not null) return true;
        return false;
    }

    /// <summary>A heading is a short line whose first word starts a heading phrase.</summary>
    private bool MayBeHeading(string text, TextSpan line) =>
        line.Length <= MaxItemLength * 4 && WordSpans.First(text, line) is { Length: > 0 } first && lexicon.Headings.MayStartWith(first.In(text));

    private Heading? HeadingOf(string text, TextSpan line, List<TextSpan> words)
    {
        if (words.Count == 0) return null;
        if (lexicon.Headings.MatchAt(text, words, 0) is not { } m) return null;
        bool whole = m.EndWord == words.Count || (m.EndWord == words.Count - 1 && words[^1].Of(text) == ":");
        bool inline = m.EndWord < words.Count && words[m.EndWord].Of(text) == ":";
        return whole || inline ? new Heading(line, new TextSpan(words[0].Start, words[m.EndWord - 1].End).Of(text), m.Value) : null;
    }

    /// <summary>"Allies: Russia, China" — the items after the colon, or null when the heading stands alone.</summary>
    private static List<TextSpan>? InlineItems(string text, TextSpan line, List<TextSpan> words)
    {
        int colon = words.FindIndex(w => w.Of(text) == ":");
        if (colon < 0 || colon == words.Count - 1) return null;
        var items = new List<TextSpan>();
        int start = words[colon + 1].Start;
        for (int i = colon + 1; i <= words.Count; i++)
        {
            bool boundary = i == words.Count || words[i].Of(text) is "," or ";" || words[i].Of(text).Equals("and", StringComparison.OrdinalIgnoreCase);
            if (!boundary) continue;
            int end = i == words.Count ? words[^1].End : words[i].Start;
            var span = Trim(text, new TextSpan(start, end));
            if (span.Length > 0) items.Add(span);
            if (i < words.Count) start = words[i].End;
        }
        return items;
    }

    private static bool NameShaped(string text, TextSpan line, List<TextSpan> words) =>
        words.Count is > 0 and <= 6 && char.IsUpper(text[line.Start]) && !EndsSentence(text, line);

    private static bool EndsSentence(string text, TextSpan line) => text[line.End - 1] is '.' or '!' or '?' or ';';

    /// <summary>Each line's span without surrounding blanks and list bullets.</summary>
    private static IEnumerable<TextSpan> Lines(string text)
    {
        int start = 0;
        while (start <= text.Length)
        {
            int end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            yield return Trim(text, new TextSpan(start, end));
            start = end + 1;
        }
    }

    private static TextSpan Trim(string text, TextSpan span)
    {
        int s = span.Start, e = span.End;
        while (s < e && (char.IsWhiteSpace(text[s]) || text[s] is '-' or '*' or '•' or '–' or '·')) s++;
        while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
        return new TextSpan(s, e);
    }
}
