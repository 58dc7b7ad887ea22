using Pamir.Core.Text;

namespace Pamir.Core.Lexicons;

/// <summary>
/// Splits a stretch of text into words and single punctuation marks, as offsets only. A word is a
/// run of letters or digits (digits may carry inner "," or "." as in "1,344" or "2.5"); every other
/// non-space character stands alone, so "Afghan-Tajik" is three pieces and "Tajikistan's" is
/// "Tajikistan", "'", "s".
/// </summary>
public static class WordSpans
{
    public static List<TextSpan> Scan(string text, TextSpan range)
    {
        // about one piece per five characters of prose: sized once, the list seldom grows
        var words = new List<TextSpan>(Math.Max(4, (Math.Min(range.End, text.Length) - range.Start) / 5));
        ScanInto(words, text, range);
        return words;
    }

    /// <summary>Like <see cref="Scan"/> into a list that is cleared first: a reader going from sentence to sentence reuses one.</summary>
    public static void ScanInto(List<TextSpan> words, string text, TextSpan range)
    {
        words.Clear();
        int end = Math.Min(range.End, text.Length);
        for (var word = Next(text, range.Start, end); word.Length > 0; word = Next(text, word.End, end)) words.Add(word);
    }

    /// <summary>
    /// Like <see cref="ScanInto(List{TextSpan}, string, TextSpan)"/>, with the text's word layer:
    /// a run of letters and digits is the layer's word holding its first character, taken whole
    /// instead of read again character by character; only the gaps between runs are read.
    /// </summary>
    public static void ScanInto(List<TextSpan> words, WordLayer layer, TextSpan range)
    {
        words.Clear();
        var text = layer.Text;
        var runs = layer.All;
        int end = Math.Min(range.End, text.Length), i = range.Start;
        int run = layer.IndexEndingAfter(i);
        while (true)
        {
            while (i < end && char.IsWhiteSpace(text[i])) i++;
            if (i >= end) return;
            int start = i;
            if ((CharClass.Of(text[i]) & CharClass.LetterOrDigit) != 0)
            {
                // The runs are the text's maximal runs of letters and digits: the one ending after i holds it.
                while (true)
                {
                    while (runs[run].End <= i) run++;
                    i = Math.Min(runs[run].End, end);
                    // "1,344", "2.5": a mark between digits carries the number on into the next run.
                    if (i >= end || !IsInnerNumberMark(text, i, end)) break;
                    i++;
                }
            }
            else i++;
            words.Add(new TextSpan(start, i));
        }
    }

    /// <summary>The first word of the range (empty when it holds none), without splitting the rest.</summary>
    public static TextSpan First(string text, TextSpan range) => Next(text, range.Start, Math.Min(range.End, text.Length));

    private static TextSpan Next(string text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i])) i++;
        if (i >= end) return default;
        int start = i;
        if ((CharClass.Of(text[i]) & CharClass.LetterOrDigit) != 0)
        {
            i++;
            while (i < end && ((CharClass.Of(text[i]) & CharClass.LetterOrDigit) != 0 || IsInnerNumberMark(text, i, end))) i++;
        }
        else i++;
        return new TextSpan(start, i);
    }

    private static bool IsInnerNumberMark(string text, int i, int end) =>
        (text[i] == ',' || text[i] == '.') && i + 1 < end && char.IsDigit(text[i + 1]) && char.IsDigit(text[i - 1]);

    /// <summary>Index of the first word that ends after <paramref name="offset"/> (words.Count when none).</summary>
    public static int IndexAt(List<TextSpan> words, int offset)
    {
        int lo = 0, hi = words.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (words[mid].End <= offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
