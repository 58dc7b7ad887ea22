namespace Pamir.Core.Text;

/// <summary>
/// The words of a document, scanned once for every stage that reads words: each maximal run of
/// letters and digits ("Tajikistan", "s", "1", "500", "Yo", "ldosh"), with its shape, and the
/// whole text lower-cased at the same offsets so that a case-insensitive lookup is an ordinal
/// lookup of a span (<see cref="Lower(int)"/>), with no copy per word. Stages that need longer
/// units (names with inner apostrophes, numbers with separators) join neighbouring words.
/// </summary>
public sealed class WordLayer
{
    private readonly TextWord[] words;
    private readonly int[] sentenceFirst;
    private readonly int[] sentenceEnd;

    private string? lowerText;

    // The buffer is kept for documents up to about a megabyte of text; a longer one gets its own.
    private const int MaxKeptWords = 1 << 19;
    [ThreadStatic] private static TextWord[]? scratch;

    private WordLayer(string text, TextWord[] words, int[] sentenceFirst, int[] sentenceEnd)
    {
        Text = text;
        this.words = words;
        this.sentenceFirst = sentenceFirst;
        this.sentenceEnd = sentenceEnd;
    }

    public string Text { get; }

    /// <summary>The text lower-cased (invariant culture), same length and offsets as <see cref="Text"/>; made on first use.</summary>
    public string LowerText => lowerText ??= Text.ToLowerInvariant();

    public int Count => words.Length;

    public TextWord this[int index] => words[index];

    /// <summary>All words, in text order, as a view.</summary>
    public ReadOnlySpan<TextWord> All => words;

    /// <summary>The word as written.</summary>
    public ReadOnlySpan<char> Surface(int index) => Text.AsSpan(words[index].Start, words[index].Length);

    /// <summary>The word lower-cased: a view into <see cref="LowerText"/>.</summary>
    public ReadOnlySpan<char> Lower(int index) => LowerText.AsSpan(words[index].Start, words[index].Length);

    /// <summary>The word at the index, lower-cased, equals a lower-case literal; false outside the layer.</summary>
    public bool Is(int index, string lower) => (uint)index < (uint)words.Length && Lower(index).SequenceEqual(lower);

    /// <summary>The characters between word i and word i + 1 ("" at the ends).</summary>
    public ReadOnlySpan<char> Gap(int index) =>
        index < 0 || index + 1 >= words.Length ? [] : Text.AsSpan(words[index].End, words[index + 1].Start - words[index].End);

    /// <summary>Index of the first word starting at or after the offset (Count when none).</summary>
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

    /// <summary>Index of the first word ending after the offset: the word holding it or the next one (Count when none).</summary>
    public int IndexEndingAfter(int offset)
    {
        int lo = 0, hi = words.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (words[mid].End <= offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>Index of the first word of the sentence (the document's sentences when the layer was built).</summary>
    public int FirstOfSentence(int sentence) => sentenceFirst[sentence];

    /// <summary>One past the last word of the sentence.</summary>
    public int EndOfSentence(int sentence) => sentenceEnd[sentence];

    /// <summary>Scans the text; the sentences (sorted, not overlapping) give <see cref="FirstOfSentence"/>.</summary>
    public static WordLayer Scan(string text, IReadOnlyList<Sentence> sentences)
    {
        // Scanned once into a per-thread buffer (a word takes at least one character and a separator),
        // then copied out at its exact count: cheaper than a first pass that counts the words.
        int most = text.Length / 2 + 1;
        var found = scratch is { } reused && reused.Length >= most ? reused : new TextWord[Math.Max(most, 1024)];
        if (found.Length <= MaxKeptWords) scratch = found;
        int n = 0, i = 0;
        while (i < text.Length)
        {
            byte k = CharClass.Of(text[i]);
            if ((k & CharClass.LetterOrDigit) == 0) { i++; continue; }
            int start = i;
            var shape = (k & CharClass.Digit) != 0 ? WordShape.Number | WordShape.HasDigit : (k & CharClass.Upper) != 0 ? WordShape.Capitalized : WordShape.None;
            // The classes of the run's characters OR-ed together: the loop does one operation per
            // character, and the shape is read from the union (a cased character is always a letter).
            int union = 0;
            for (; i < text.Length; i++)
            {
                k = CharClass.Of(text[i]);
                if ((k & CharClass.LetterOrDigit) == 0) break;
                union |= k;
            }
            if ((union & CharClass.Digit) != 0) shape |= WordShape.HasDigit;
            if ((union & CharClass.NonAscii) != 0) shape |= WordShape.NonAscii;
            if ((union & CharClass.Letter) != 0)
            {
                if ((union & CharClass.NotLowerLetter) == 0) shape |= WordShape.Lower;
                if ((union & CharClass.NotUpperLetter) == 0 && LettersAtLeastTwo(text, start, i, union)) shape |= WordShape.AllCaps;
            }
            found[n++] = new TextWord(start, i, shape);
        }
        var words = found.AsSpan(0, n).ToArray();
        var first = new int[sentences.Count];
        var end = new int[sentences.Count];
        int w = 0;
        for (int s = 0; s < sentences.Count; s++)
        {
            while (w < words.Length && words[w].Start < sentences[s].Start) w++;
            first[s] = w;
            while (w < words.Length && words[w].End <= sentences[s].End) w++;
            end[s] = w;
        }
        return new WordLayer(text, words, first, end);
    }

    /// <summary>Whether the run [start, end) holds two letters or more; only a run with digits needs counting.</summary>
    private static bool LettersAtLeastTwo(string text, int start, int end, int union)
    {
        if ((union & CharClass.Digit) == 0) return end - start >= 2;
        int letters = 0;
        for (int i = start; i < end; i++) letters += CharClass.Of(text[i]) & CharClass.Letter;
        return letters >= 2;
    }
}
