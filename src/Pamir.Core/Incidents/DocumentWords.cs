using Pamir.Core.Incidents.Lexicon;
using Pamir.Core.Text;

namespace Pamir.Core.Incidents;

/// <summary>
/// The words of a document by sentence, with each sentence's paragraph (a line break between two
/// sentences starts a new one) and whether it belongs to a photo caption.
/// </summary>
internal sealed class DocumentWords
{
    private readonly WordLayer layer;
    private readonly EventLexicon lexicon;
    // The lexicon group starting at each word, looked up once: the finders ask about the same word
    // for many classes, and each dictionary lookup hashes the word again. The classes of the
    // group's entries, as bits, per word and per sentence, answer most questions ("is there a
    // killing verb here?") with one mask test, without walking the entries.
    // Both per-word arrays are lent to one document at a time (see Release).
    private int[] groupAt;
    private int[] classesAt;
    private readonly int wordCount;
    private readonly int[] sentenceClasses;

    private static readonly ThreadLentInts WordGroups = new();
    private static readonly ThreadLentInts WordClasses = new();

    public DocumentWords(string text, IReadOnlyList<Sentence> sentences, WordLayer layer, EventLexicon lexicon)
    {
        Text = text;
        Sentences = sentences;
        this.layer = layer;
        this.lexicon = lexicon;
        Paragraph = new int[sentences.Count];
        int paragraph = 0;
        for (int s = 1; s < sentences.Count; s++)
        {
            if (text.AsSpan(sentences[s - 1].End, Math.Max(0, sentences[s].Start - sentences[s - 1].End)).Contains('\n')) paragraph++;
            Paragraph[s] = paragraph;
        }
        wordCount = layer.Count;
        groupAt = WordGroups.Borrow(wordCount);
        classesAt = WordClasses.Borrow(wordCount);
        sentenceClasses = new int[sentences.Count];
        for (int s = 0; s < sentences.Count; s++)
        {
            int union = 0;
            for (int i = layer.FirstOfSentence(s); i < layer.EndOfSentence(s); i++)
            {
                int group = lexicon.GroupOf(layer.Surface(i));
                if (group == 0) continue;
                groupAt[i] = group;
                union |= classesAt[i] = lexicon.ClassesOfGroup(group);
            }
            sentenceClasses[s] = union;
        }
        IsCaption = MarkCaptions();
    }

    /// <summary>Gives the per-word arrays back to the thread for its next document; the instance is not read afterwards.</summary>
    public void Release()
    {
        WordGroups.Return(groupAt);
        WordClasses.Return(classesAt);
        groupAt = classesAt = [];
    }

    public string Text { get; }
    public IReadOnlyList<Sentence> Sentences { get; }
    public ReadOnlySpan<TextWord> Words => layer.All;
    public int[] Paragraph { get; }
    public bool[] IsCaption { get; }

    public int FirstWord(int sentence) => layer.FirstOfSentence(sentence);

    public int EndWord(int sentence) => layer.EndOfSentence(sentence);

    public ReadOnlySpan<char> WordText(int i) => layer.Surface(i);

    public bool WordIs(int i, string word) => (uint)i < (uint)layer.Count && WordText(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when some word of the sentence starts an entry of one of the classes (the entry may still not match in full).</summary>
    public bool SentenceMayHave(int sentence, int classBits) => (sentenceClasses[sentence] & classBits) != 0;

    /// <summary>
    /// Like <see cref="SentenceMayHave"/>, counting also entries that start up to
    /// <paramref name="before"/> words before the sentence and so may end inside it.
    /// </summary>
    public bool SentenceMayTouch(int sentence, int classBits, int before)
    {
        int classes = sentenceClasses[sentence];
        int first = FirstWord(sentence);
        for (int i = Math.Max(0, first - before); i < first; i++) classes |= classesAt[i];
        return (classes & classBits) != 0;
    }

    /// <summary>True when an entry of one of the classes may start at word i (it may still not match in full).</summary>
    public bool MayStart(int i, int classBits) => (uint)i < (uint)wordCount && (classesAt[i] & classBits) != 0;

    /// <summary>The longest lexicon entry of the class whose phrase starts at word i, or null.</summary>
    public LexiconEntry? Longest(int i, LexiconClass cls)
    {
        if ((uint)i >= (uint)wordCount || (classesAt[i] & EventLexicon.Bit(cls)) == 0) return null;
        foreach (var entry in lexicon.Group(groupAt[i]))
            if (entry.Class == cls && EventLexicon.MatchesAt(entry, Text, layer.All, i)) return entry;
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
            foreach (var entry in lexicon.Group(groupAt[start]))
                if (entry.Class == cls && start + entry.Words.Count - 1 == i && EventLexicon.MatchesAt(entry, Text, layer.All, start)) return true;
        }
        return false;
    }

    /// <summary>Index of the first word that starts at or after the offset (Words.Length when none).</summary>
    public int WordAtOrAfter(int offset) => layer.IndexAtOrAfter(offset);

    /// <summary>The characters between word i and word i + 1 ("" at the ends).</summary>
    public ReadOnlySpan<char> Gap(int i) => layer.Gap(i);

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
                if (credit && char.IsUpper(Text[layer[w].Start])) (captionParagraphs ??= new bool[Paragraph[^1] + 1])[Paragraph[s]] = true;
            }
        }
        if (captionParagraphs is not null)
            for (int s = 0; s < Sentences.Count; s++) caption[s] = captionParagraphs[Paragraph[s]];
        return caption;
    }
}
