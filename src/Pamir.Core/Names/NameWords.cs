using System.Collections.Frozen;
using Pamir.Core.Text;

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

    private NameWord[] words = [];
    // The folded forms: when scanned from the word layer, the text lower-cased in plain ASCII at its
    // own offsets, in which a run of ASCII letters and digits is already its folded form; after it
    // (or from the start otherwise) the words folded one by one.
    private char[] folded = [];
    private int count;

    private NameWords(string text) => Text = text;

    public string Text { get; private set; }
    public int Count => count;
    public NameWord this[int index] => words[index];

    public ReadOnlySpan<char> Folded(int index) => folded.AsSpan(words[index].FoldStart, words[index].FoldLength);

    public ReadOnlySpan<char> Surface(int index) => Text.AsSpan(words[index].Start, words[index].End - words[index].Start);

    /// <summary>Index of the first word starting at or after <paramref name="offset"/> (Count when none).</summary>
    public int IndexAtOrAfter(int offset)
    {
        int lo = 0, hi = count;
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

    public static NameWords Scan(string text) => Rescan(null, text);

    /// <summary>
    /// Scans another text into this instance's buffers, grown when needed and otherwise reused, so
    /// the names layer allocates nothing per document.
    /// </summary>
    internal static NameWords Rescan(NameWords? reused, string text)
    {
        var words = reused ?? new NameWords(text);
        words.Text = text;
        words.Fill(text, MaxWords(text));
        return words;
    }

    /// <summary>
    /// Like <see cref="Rescan(NameWords?, string)"/> from the text's shared word layer: a names word
    /// is a run of letters and digits unless an apostrophe, a period or a combining mark after the
    /// run joins more to it, so only those runs are scanned again character by character.
    /// </summary>
    internal static NameWords Rescan(NameWords? reused, string text, ReadOnlySpan<TextWord> runs)
    {
        var words = reused ?? new NameWords(text);
        words.Text = text;
        words.Prepare(text, runs.Length, asciiLowered: true);
        int i = 0;
        foreach (var run in runs)
        {
            if (run.Start < i) continue;
            char after = run.End < text.Length ? text[run.End] : ' ';
            i = NameFold.IsApostrophe(after) || after == '.' || after >= '\u0300' ? words.Append(text, run.Start, ScanWord(text, run.Start)) : words.AppendRun(text, run);
        }
        return words;
    }

    private void Fill(string text, int maxWords)
    {
        Prepare(text, maxWords, asciiLowered: false);
        int i = 0;
        while (i < text.Length)
        {
            if ((CharClass.Of(text[i]) & CharClass.LetterOrDigit) == 0) { i++; continue; }
            i = Append(text, i, ScanWord(text, i));
        }
    }

    private int foldLength, previousEnd;

    private void Prepare(string text, int maxWords, bool asciiLowered)
    {
        if (words.Length < maxWords) words = new NameWord[Math.Max(maxWords, words.Length * 2)];
        int size = asciiLowered ? 2 * text.Length : text.Length;
        if (folded.Length < size) folded = new char[Math.Max(size, folded.Length * 2)];
        count = previousEnd = 0;
        foldLength = asciiLowered ? LowerAscii(text, folded) : 0;
    }

    /// <summary>
    /// Lower-cases the text's ASCII letters into the destination at the same offsets (vectorised,
    /// a stretch of ASCII at a time; other characters are copied and never read); returns the length.
    /// </summary>
    private static int LowerAscii(string text, Span<char> destination)
    {
        int i = 0;
        while (i < text.Length)
        {
            System.Text.Ascii.ToLower(text.AsSpan(i), destination[i..], out int lowered);
            i += lowered;
            if (i < text.Length) destination[i] = text[i++];
        }
        return text.Length;
    }

    /// <summary>Adds the word [start, end): folded, shaped, with what the gap before it says; returns its end.</summary>
    private int Append(string text, int start, int end)
    {
        int length = FoldAndShape(text.AsSpan(start, end - start), folded.AsSpan(foldLength), out var shape);
        return Add(text, start, end, length, shape);
    }

    /// <summary>Like <see cref="Append"/> for a run of the word layer taken whole: its shape is the run's, only the fold is left to do.</summary>
    private int AppendRun(string text, TextWord run)
    {
        var shape = (run.Shape & WordShape.Number) != 0 ? NameWordShape.Number
            : ((run.Shape & WordShape.Capitalized) != 0 ? NameWordShape.Capitalized : NameWordShape.None)
              | ((run.Shape & WordShape.AllCaps) != 0 ? NameWordShape.AllCaps : NameWordShape.None);
        if ((run.Shape & WordShape.NonAscii) == 0) return Add(text, run.Start, run.End, run.Start, run.Length, shape);
        int length = NameFold.FoldWord(text.AsSpan(run.Start, run.Length), folded.AsSpan(foldLength));
        return Add(text, run.Start, run.End, length, shape);
    }

    private int Add(string text, int start, int end, int length, NameWordShape shape)
    {
        int at = foldLength;
        foldLength += length;
        return Add(text, start, end, at, length, shape);
    }

    /// <summary>Adds a word whose folded form is at [foldStart, foldStart + length) of the buffer.</summary>
    private int Add(string text, int start, int end, int foldStart, int length, NameWordShape shape)
    {
        int n = count;
        // One space is by far the commonest gap, and it says nothing: no hyphen, line or sentence start.
        if (n == 0 || start - previousEnd != 1 || text[previousEnd] != ' ')
        {
            var gap = text.AsSpan(previousEnd, start - previousEnd);
            if (n > 0 && gap.Length == 1 && gap[0] == '-') shape |= NameWordShape.HyphenBefore;
            bool lineStart = n == 0 || gap.IndexOfAny('\n', '\r') >= 0;
            if (lineStart) shape |= NameWordShape.LineStart;
            if (lineStart || StartsSentence(gap, words[n - 1], folded)) shape |= NameWordShape.SentenceStart;
        }
        words[n] = new NameWord(start, end, foldStart, length, shape);
        count = n + 1;
        previousEnd = end;
        return end;
    }

    /// <summary>The runs of letters and digits of the text, which names words never outnumber.</summary>
    private static int MaxWords(string text)
    {
        int runs = 0;
        bool inRun = false;
        foreach (char c in text)
        {
            bool letter = (CharClass.Of(c) & CharClass.LetterOrDigit) != 0;
            if (letter && !inRun) runs++;
            inRun = letter;
        }
        return runs;
    }

    private static int ScanWord(string text, int i)
    {
        int start = i;
        while (i < text.Length)
        {
            char c = text[i];
            if ((CharClass.Of(c) & CharClass.LetterOrDigit) != 0 || c >= '\u0300' && char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark) { i++; continue; }
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

    /// <summary>Folds the word into the destination (see <see cref="NameFold"/>) and reads its shape, in one pass.</summary>
    private static int FoldAndShape(ReadOnlySpan<char> word, Span<char> destination, out NameWordShape shape)
    {
        int n = 0, letters = 0, upper = 0;
        foreach (char c in word)
        {
            byte k = CharClass.Of(c);
            letters += k & CharClass.Letter;
            upper += (k >> 2) & 1;
            char f = NameFold.FoldChar(c);
            if (f != '\0') destination[n++] = f;
        }
        byte first = CharClass.Of(word[0]);
        if ((first & CharClass.Digit) != 0) shape = NameWordShape.Number;
        else
        {
            shape = (first & CharClass.Upper) != 0 ? NameWordShape.Capitalized : NameWordShape.None;
            if (letters >= 2 && upper == letters) shape |= NameWordShape.AllCaps;
        }
        return n;
    }

    private static bool StartsSentence(ReadOnlySpan<char> gap, NameWord prev, char[] buffer)
    {
        for (int k = gap.Length - 1; k >= 0; k--)
        {
            char c = gap[k];
            if (char.IsWhiteSpace(c) || c is '"' or '“' or '”' or '(' or '[' or '‘' or '\'' or '*' or '•' or '–' or '—') continue;
            if (c is '!' or '?' or ':' or ';') return c != ';';
            if (c != '.') return false;
            var prevFolded = buffer.AsSpan(prev.FoldStart, prev.FoldLength);
            if (prevFolded.Length == 1 && (prev.Shape & NameWordShape.Capitalized) != 0) return false;
            return !Abbreviations.Contains(prevFolded);
        }
        return false;
    }
}
