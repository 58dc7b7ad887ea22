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
    // The lexicon entries starting at each word, looked up once: the finders ask about the same
    // word for many classes, and each dictionary lookup hashes the word again.
    private readonly LexiconEntry[]?[] entriesAt;

    public DocumentWords(string text, IReadOnlyList<Sentence> sentences, EventLexicon lexicon)
    {
        Text = text;
        Sentences = sentences;
        firstWord = new int[sentences.Count + 1];
        Paragraph = new int[sentences.Count];
        var words = new List<Word>(text.Length / 6);
        int paragraph = 0;
        for (int s = 0; s < sentences.Count; s++)
        {
            if (s > 0 && text.AsSpan(sentences[s - 1].End, Math.Max(0, sentences[s].Start - sentences[s - 1].End)).Contains('\n')) paragraph++;
            Paragraph[s] = paragraph;
            firstWord[s] = words.Count;
            WordScanner.Scan(text, sentences[s].Start, sentences[s].End, words);
        }
        firstWord[sentences.Count] = words.Count;
        Words = words;
        entriesAt = new LexiconEntry[]?[words.Count];
        for (int i = 0; i < words.Count; i++) entriesAt[i] = lexicon.StartingWith(words[i].In(text));
        IsCaption = MarkCaptions();
    }

    public string Text { get; }
    public IReadOnlyList<Sentence> Sentences { get; }
    public IReadOnlyList<Word> Words { get; }
    public int[] Paragraph { get; }
    public bool[] IsCaption { get; }

    public int FirstWord(int sentence) => firstWord[sentence];

    public int EndWord(int sentence) => firstWord[sentence + 1];

    public ReadOnlySpan<char> WordText(int i) => Words[i].In(Text);

    public bool WordIs(int i, string word) => i >= 0 && i < Words.Count && WordText(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>The longest lexicon entry of the class whose phrase starts at word i, or null.</summary>
    public LexiconEntry? Longest(int i, LexiconClass cls)
    {
        if (i < 0 || i >= Words.Count || entriesAt[i] is not { } candidates) return null;
        foreach (var entry in candidates)
            if (entry.Class == cls && EventLexicon.MatchesAt(entry, Text, Words, i)) return entry;
        return null;
    }

    /// <summary>True when a lexicon entry of the class starts at word i.</summary>
    public bool Has(int i, LexiconClass cls) => Longest(i, cls) is not null;

    /// <summary>True when a lexicon entry of the class ends at word i (its last word is word i).</summary>
    public bool EndsAt(int i, LexiconClass cls, int maxWords = 4)
    {
        for (int start = i; start >= 0 && start > i - maxWords; start--)
        {
            if (entriesAt[start] is not { } candidates) continue;
            foreach (var entry in candidates)
                if (entry.Class == cls && start + entry.Words.Count - 1 == i && EventLexicon.MatchesAt(entry, Text, Words, start)) return true;
        }
        return false;
    }

    /// <summary>Index of the first word that starts at or after the offset (Words.Count when none).</summary>
    public int WordAtOrAfter(int offset)
    {
        int lo = 0, hi = Words.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Words[mid].Start < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>The sentence that holds the offset, or -1.</summary>
    public int SentenceAt(int offset) => SpanSearchIn(Sentences, offset);

    private static int SpanSearchIn(IReadOnlyList<Sentence> sentences, int offset)
    {
        int lo = 0, hi = sentences.Count - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sentences[mid].Start <= offset) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found >= 0 && offset < sentences[found].End ? found : -1;
    }

    /// <summary>The characters between word i and word i + 1 ("" at the ends).</summary>
    public ReadOnlySpan<char> Gap(int i) =>
        i < 0 || i + 1 >= Words.Count ? [] : Text.AsSpan(Words[i].End, Words[i + 1].Start - Words[i].End);

    /// <summary>
    /// A paragraph with a photo credit ("Photo: AFP", "Photo (c)", "Photo CC-by") is a caption:
    /// it describes a picture, and anything it names was reported in the article itself.
    /// </summary>
    private bool[] MarkCaptions()
    {
        var caption = new bool[Sentences.Count];
        var captionParagraphs = new HashSet<int>();
        for (int s = 0; s < Sentences.Count; s++)
        {
            for (int w = FirstWord(s); w < EndWord(s); w++)
            {
                if (!Has(w, LexiconClass.Caption)) continue;
                var gap = Gap(w).Trim(' ');
                bool credit = gap.StartsWith(":") || gap.StartsWith("(") || WordIs(w + 1, "CC") || WordIs(w + 1, "by");
                if (credit && char.IsUpper(Text[Words[w].Start])) captionParagraphs.Add(Paragraph[s]);
            }
        }
        for (int s = 0; s < Sentences.Count; s++) caption[s] = captionParagraphs.Contains(Paragraph[s]);
        return caption;
    }
}
