namespace Pamir.Core.Text;

/// <summary>
/// The words next to a span, read straight from the text: enough to tell "32 people" from
/// "32-year-old" and "3 prisoners held" from "killed 3". Hyphens, dashes, quotes and brackets are
/// stepped over; other punctuation (".", ",", ";", ":") ends the search.
/// </summary>
public static class TextWords
{
    /// <summary>The nth word (0 = the next) after the offset, or empty.</summary>
    public static ReadOnlySpan<char> After(string text, int offset, int nth = 0)
    {
        int i = offset;
        for (int k = 0; ; k++)
        {
            while (i < text.Length && IsSkippable(text[i])) i++;
            if (i >= text.Length || !char.IsLetter(text[i])) return [];
            int start = i;
            while (i < text.Length && (char.IsLetter(text[i]) || IsInnerApostrophe(text, i))) i++;
            if (k == nth) return text.AsSpan(start, i - start);
        }
    }

    /// <summary>The nth word (0 = the previous) before the offset, or empty.</summary>
    public static ReadOnlySpan<char> Before(string text, int offset, int nth = 0)
    {
        int i = offset;
        for (int k = 0; ; k++)
        {
            while (i > 0 && IsSkippable(text[i - 1])) i--;
            if (i <= 0 || !char.IsLetter(text[i - 1])) return [];
            int end = i;
            while (i > 0 && (char.IsLetter(text[i - 1]) || IsInnerApostrophe(text, i - 1))) i--;
            if (k == nth) return text.AsSpan(i, end - i);
        }
    }

    /// <summary>Whether a hyphen joins the span's end to the next word, as in "32-year-old" or "8.5m-strong".</summary>
    public static bool IsHyphenatedToNext(string text, int end) =>
        end + 1 < text.Length && text[end] == '-' && char.IsLetter(text[end + 1]);

    private static bool IsSkippable(char c) =>
        char.IsWhiteSpace(c) || c is '-' or '–' or '—' or '"' or '“' or '”' or '(' or ')' or '[' or ']' or '\'' or '‘' or '’';

    private static bool IsInnerApostrophe(string text, int i) =>
        text[i] is '\'' or '’' && i > 0 && i + 1 < text.Length && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]);
}
