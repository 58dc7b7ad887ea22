using Pamir.Core.Incidents.Lexicon;
using Pamir.Core.Text;

namespace Pamir.Core.Incidents;

/// <summary>
/// The words of a document by sentence, with each sentence's paragraph (a line break between two
/// sentences starts a new one) and whether it belongs to a photo caption.
/// </summary>
internal sealed class DocumentWords
{
    private readonly int[] firstWord;
    private readonly Word[] words;
    // The lexicon entries starting at each word, looked up once: the finders ask about the same
    // word for many classes, and each dictionary lookup hashes the word again.
    private readonly LexiconEntry[]?[] entriesAt;
    // The classes of those entries as bits, per word and per sentence: most questions ("is there a
    // killing verb here?") are answered no by one mask test, without walking the entries.
    private readonly int[] classesAt;
    private readonly int[] sentenceClasses;

    [ThreadStatic] private static List<Word>? scratch;

    public DocumentWords(string text, IReadOnlyList<Sentence> sentences, EventLexicon lexicon)
    {
        Text = text;
        Sentences = sentences;
        firstWord = new int[sentences.Count + 1];
        Paragraph = new int[sentences.Count];
        var found = scratch ??= new List<Word>(1024);
        found.Clear();
        int paragraph = 0;
        for (int s = 0; s < sentences.Count; s++)
        {
            if (s > 0 && text.AsSpan(sentences[s - 1].End, Math.Max(0, sentences[s].Start - sentences[s - 1].End)).Contains('\n')) paragraph++;
            Paragraph[s] = paragraph;
            firstWord[s] = found.Count;
            WordScanner.Scan(text, sentences[s].Start, sentences[s].End, found);
        }
        firstWord[sentences.Count] = found.Count;
        words = found.ToArray();
        entriesAt = new LexiconEntry[]?[words.Length];
        classesAt = new int[words.Length];
        sentenceClasses = new int[sentences.Count];
        for (int s = 0; s < sentences.Count; s++)
        {
            int union = 0;
            for (int i = firstWord[s]; i < firstWord[s + 1]; i++)
            {
                if (lexicon.StartingWith(words[i].In(text)) is not { } entries) continue;
                entriesAt[i] = entries;
                union |= classesAt[i] = EventLexicon.ClassesOf(entries);
            }
            sentenceClasses[s] = union;
        }
        IsCaption = MarkCaptions();
    }

    public string Text { get; }
    public IReadOnlyList<Sentence> Sentences { get; }
    public Word[] Words => words;
    public int[] Paragraph { get; }
    public bool[] IsCaption { get; }

    public int FirstWord(int sentence) => firstWord[sentence];

    public int EndWord(int sentence) => firstWord[sentence + 1];

    public ReadOnlySpan<char> WordText(int i) => words[i].In(Text);

    public bool WordIs(int i, string word) => (uint)i < (uint)words.Length && WordText(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when some word of the sentence starts an entry of one of the classes (the entry may still not match in full).</summary>
    public bool SentenceMayHave(int sentence, int classBits) => (sentenceClasses[sentence] & classBits) != 0;

    /// <summary>True when an entry of one of the classes may start at word i (it may still not match in full).</summary>
    public bool MayStart(int i, int classBits) => (uint)i < (uint)words.Length && (classesAt[i] & classBits) != 0;

    /// <summary>The longest lexicon entry of the class whose phrase starts at word i, or null.</summary>
    public LexiconEntry? Longest(int i, LexiconClass cls)
    {
        if ((uint)i >= (uint)words.Length || (classesAt[i] & EventLexicon.Bit(cls)) == 0) return null;
        foreach (var entry in entriesAt[i]!)
            if (entry.Class == cls && EventLexicon.MatchesAt(entry, Text, words, i)) return entry;
        return null;
    }

    /// <summary>True when a lexicon entry of the class starts at word i.</summary>
    public bool Has(int i, LexiconClass cls) => Longest(i, cls) is not null;

    /// <summary>True when a lexicon entry of the class ends at word i (its last word is word i).</summary>
    public bool EndsAt(int i, LexiconClass cls, int maxWords = 4)
    {
        int bit = EventLexicon.Bit(cls);
        for (int start = i; start >= 0 && start > i - maxWords; start--)
        {
            if ((classesAt[start] & bit) == 0) continue;
            foreach (var entry in entriesAt[start]!)
                if (entry.Class == cls && start + entry.Words.Count - 1 == i && EventLexicon.MatchesAt(entry, Text, words, start)) return true;
        }
        return false;
    }

    /// <summary>Index of the first word that starts at or after the offset (Words.Length when none).</summary>
    public int WordAtOrAfter(int offset)
    {
        int lo = 0, hi = words.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (words[mid].Start < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>The characters between word i and word i + 1 ("" at the ends).</summary>
    public ReadOnlySpan<char> Gap(int i) =>
        i < 0 || i + 1 >= words.Length ? [] : Text.AsSpan(words[i].End, words[i + 1].Start - words[i].End);

    /// <summary>
    /// A paragraph with a photo credit ("Photo: AFP", "Photo (c)", "Photo CC-by") is a caption:
    /// it describes a picture, and anything it names was reported in the article itself.
    /// </summary>
    private bool[] MarkCaptions()
    {
        var caption = new bool[Sentences.Count];
        bool[]? captionParagraphs = null;
        int captionBit = EventLexicon.Bit(LexiconClass.Caption);
        for (int s = 0; s < Sentences.Count; s++)
        {
            if (!SentenceMayHave(s, captionBit)) continue;
            for (int w = FirstWord(s); w < EndWord(s); w++)
            {
                if (!Has(w, LexiconClass.Caption)) continue;
                var gap = Gap(w).Trim(' ');
                bool credit = gap.StartsWith(":") || gap.StartsWith("(") || WordIs(w + 1, "CC") || WordIs(w + 1, "by");
                if (credit && char.IsUpper(Text[words[w].Start])) (captionParagraphs ??= new bool[Paragraph[^1] + 1])[Paragraph[s]] = true;
            }
        }
        if (captionParagraphs is not null)
            for (int s = 0; s < Sentences.Count; s++) caption[s] = captionParagraphs[Paragraph[s]];
        return caption;
    }
}
