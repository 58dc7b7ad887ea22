using System.Collections.Frozen;

namespace Pamir.Core.Names;

/// <summary>
/// The words of a text for the names layer, scanned once: letters and digits, an apostrophe
/// inside a word kept ("Yo'ldosh") but a possessive split off ("Tajikistan’s"), dotted
/// initialisms kept whole ("U.S."), hyphens splitting words ("ISIS-K" is "ISIS", "K"). Folded forms
/// live in one shared buffer so lookups take spans, not new strings.
/// </summary>
public sealed class NameWords
{
    // Abbreviations whose period does not end a sentence ("Gen. Khalimov", "Mr. Kabiri").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Abbreviations = FrozenSet.ToFrozenSet(
        ["gen", "col", "lt", "maj", "capt", "sgt", "cpl", "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "st", "brig", "adm", "gov", "jr", "sr", "vs", "no", "mt", "ft", "pres", "gens"]).GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly NameWord[] words;
    private readonly char[] folded;

    private NameWords(string text, NameWord[] words, char[] folded)
    {
        Text = text;
        this.words = words;
        this.folded = folded;
    }

    public string Text { get; }
    public int Count => words.Length;
    public NameWord this[int index] => words[index];

    public ReadOnlySpan<char> Folded(int index) => folded.AsSpan(words[index].FoldStart, words[index].FoldLength);

    public ReadOnlySpan<char> Surface(int index) => Text.AsSpan(words[index].Start, words[index].End - words[index].Start);

    /// <summary>Index of the first word starting at or after <paramref name="offset"/> (Count when none).</summary>
    public int IndexAtOrAfter(int offset)
    {
        int lo = 0, hi = words.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (words[mid].Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>The text between two words is only spaces (no comma, bracket, line break).</summary>
    public bool Adjacent(int first, int second)
    {
        var gap = Text.AsSpan(words[first].End, words[second].Start - words[first].End);
        if (words[second].HyphenBefore) return true;
        foreach (char c in gap) if (c != ' ' && c != '\u00A0') return false;
        return gap.Length > 0;
    }

    public static NameWords Scan(string text)
    {
        var list = new List<NameWord>(text.Length / 5 + 4);
        var buffer = new char[text.Length];
        int foldLength = 0;
        int i = 0;
        int previousEnd = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (!char.IsLetterOrDigit(c)) { i++; continue; }
            int start = i;
            int end = ScanWord(text, i);
            int n = NameFold.FoldWord(text.AsSpan(start, end - start), buffer.AsSpan(foldLength));
            var shape = ShapeOf(text.AsSpan(start, end - start));
            var gap = text.AsSpan(previousEnd, start - previousEnd);
            if (list.Count > 0 && gap.Length == 1 && gap[0] == '-' ) shape |= NameWordShape.HyphenBefore;
            bool lineStart = list.Count == 0 || gap.IndexOfAny('\n', '\r') >= 0;
            if (lineStart) shape |= NameWordShape.LineStart;
            if (lineStart || StartsSentence(gap, list, buffer)) shape |= NameWordShape.SentenceStart;
            list.Add(new NameWord(start, end, foldLength, n, shape));
            foldLength += n;
            previousEnd = end;
            i = end;
        }
        return new NameWords(text, [.. list], buffer);
    }

    private static int ScanWord(string text, int i)
    {
        int start = i;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark) { i++; continue; }
            if (NameFold.IsApostrophe(c) && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                bool possessive = (text[i + 1] is 's' or 'S') && (i + 2 >= text.Length || !char.IsLetter(text[i + 2]));
                if (possessive) break;
                i++;
                continue;
            }
            // A dotted initialism: "U.S.", "U.N.", "U.S.A." (single capitals each followed by a period).
            if (c == '.' && i - start == 1 && char.IsUpper(text[start]) && i + 2 < text.Length && char.IsUpper(text[i + 1]) && text[i + 2] == '.')
            {
                i += 3;
                while (i + 1 < text.Length && char.IsUpper(text[i]) && text[i + 1] == '.') i += 2;
                return i;
            }
            break;
        }
        return i;
    }

    private static NameWordShape ShapeOf(ReadOnlySpan<char> word)
    {
        if (char.IsDigit(word[0])) return NameWordShape.Number;
        var shape = NameWordShape.None;
        if (char.IsUpper(word[0])) shape |= NameWordShape.Capitalized;
        int letters = 0, upper = 0;
        foreach (char c in word)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (char.IsUpper(c)) upper++;
        }
        if (letters >= 2 && upper == letters) shape |= NameWordShape.AllCaps;
        return shape;
    }

    private static bool StartsSentence(ReadOnlySpan<char> gap, List<NameWord> list, char[] buffer)
    {
        for (int k = gap.Length - 1; k >= 0; k--)
        {
            char c = gap[k];
            if (char.IsWhiteSpace(c) || c is '"' or '“' or '”' or '(' or '[' or '‘' or '\'' or '*' or '•' or '–' or '—') continue;
            if (c is '!' or '?' or ':' or ';') return c != ';';
            if (c != '.') return false;
            var prev = list[^1];
            var prevFolded = buffer.AsSpan(prev.FoldStart, prev.FoldLength);
            if (prevFolded.Length == 1 && (prev.Shape & NameWordShape.Capitalized) != 0) return false;
            return !Abbreviations.Contains(prevFolded);
        }
        return false;
    }
}
