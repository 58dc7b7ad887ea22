using Pamir.Core.Lexicons;
using Pamir.Core.Text;

namespace Pamir.Core.Claims;

/// <summary>
/// One sentence as the claim rules see it: its words, the measure words found in it by kind, and
/// the countries it names. Built only for sentences that hold a number or a fraction.
/// </summary>
public sealed class SentenceView
{
    private readonly ClaimLexicon lexicon;
    // Found on first use, per kind: most sentences hold no figure and only their topics are read.
    private static readonly int Kinds = Enum.GetValues<MeasureKind>().Length;
    private readonly List<PhraseMatch<MeasureNoun>>?[] matches = new List<PhraseMatch<MeasureNoun>>?[Kinds];
    private HashSet<string>? contexts;

    public string Text { get; }
    public TextSpan Span { get; }
    public List<TextSpan> Words { get; }
    public IReadOnlyList<CountrySpan> Countries { get; }

    private readonly int kinds;

    /// <param name="kinds">The kinds that may be found in the sentence (<see cref="ClaimLexicon.KindsIn"/>): the others are not looked for.</param>
    public SentenceView(string text, TextSpan span, List<TextSpan> words, IReadOnlyList<CountrySpan> countries, ClaimLexicon lexicon, int kinds)
    {
        this.lexicon = lexicon;
        this.kinds = kinds;
        Text = text;
        Span = span;
        Words = words;
        Countries = countries;
    }

    /// <summary>Word i as a view of the text; empty outside the sentence.</summary>
    public ReadOnlySpan<char> Word(int i) => i >= 0 && i < Words.Count ? Words[i].In(Text) : [];

    public bool WordIs(int i, string word) => Word(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    public int WordAt(int offset) => WordSpans.IndexAt(Words, offset);

    public IReadOnlyList<PhraseMatch<MeasureNoun>> Matches(MeasureKind kind) => MatchList(kind);

    /// <summary>False when no fraction in words ("a third") can stand in the sentence: none of the fractions' key words is in it.</summary>
    public bool MayHoldFraction => (kinds & ClaimLexicon.FractionBit) != 0;

    public bool HasContext(MeasureNoun noun)
    {
        if (noun.Context is null) return true;
        contexts ??= MatchList(MeasureKind.Context).Select(m => m.Value.Canonical).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return contexts.Contains(noun.Context);
    }

    private List<PhraseMatch<MeasureNoun>> MatchList(MeasureKind kind) =>
        matches[(int)kind] ??= (kinds & ClaimLexicon.Bit(kind)) != 0 ? lexicon[kind].FindAll(Text, Words) : [];

    // Countries are walked by index: a foreach over the interface would box an enumerator at every word the rules ask about.
    public CountrySpan? CountryAt(int word)
    {
        for (int i = 0; i < Countries.Count; i++)
            if (Countries[i] is var c && word >= c.FirstWord && word < c.EndWord) return c;
        return null;
    }

    /// <summary>
    /// The first noun of <paramref name="kind"/> starting within <paramref name="maxSkip"/> words after
    /// <paramref name="from"/>, with only fillers, countries, names and possessive marks between.
    /// </summary>
    public PhraseMatch<MeasureNoun>? NounAfter(MeasureKind kind, int from, int maxSkip)
    {
        int k = from, skipped = 0;
        while (k < Words.Count && skipped <= maxSkip)
        {
            foreach (var m in MatchList(kind)) if (m.FirstWord == k) return m;
            int next = SkipFiller(k);
            if (next == k) return null;
            skipped += next - k;
            k = next;
        }
        return null;
    }

    /// <summary>The nearest noun of <paramref name="kind"/> ending before <paramref name="before"/> with only linking words between ("population of", "border stretches for").</summary>
    public PhraseMatch<MeasureNoun>? NounBefore(MeasureKind kind, int before, int maxSkip)
    {
        PhraseMatch<MeasureNoun>? best = null;
        foreach (var m in MatchList(kind))
            if (m.EndWord <= before && before - m.EndWord <= maxSkip && OnlyLinks(m.EndWord, before) && (best is null || m.EndWord > best.Value.EndWord))
                best = m;
        return best;
    }

    private bool OnlyLinks(int from, int to)
    {
        int k = from;
        while (k < to)
        {
            if (lexicon[MeasureKind.Link].MatchAt(Text, Words, k) is { } link && link.EndWord <= to) k = link.EndWord;
            else return false;
        }
        return true;
    }

    private int SkipFiller(int k)
    {
        if (CountryAt(k) is { } c) return c.EndWord;
        if (lexicon[MeasureKind.Filler].MatchAt(Text, Words, k) is { } f) return f.EndWord;
        var w = Word(k);
        if (IsApostrophe(w) || (w is "s" && k > 0 && IsApostrophe(Word(k - 1)))) return k + 1;
        if (w.Length > 0 && char.IsUpper(w[0])) return k + 1;
        return k;
    }

    private static bool IsApostrophe(ReadOnlySpan<char> w) => w is "'" or "’" or "‘" or "`" or "´";

    /// <summary>The country named in words [from, to), if any.</summary>
    public CountrySpan? CountryWithin(int from, int to)
    {
        for (int i = 0; i < Countries.Count; i++)
            if (Countries[i] is var c && c.FirstWord >= from && c.EndWord <= to) return c;
        return null;
    }

    /// <summary>The sentence's first country that is not an origin ("remittances from Russia") nor <paramref name="except"/>.</summary>
    public string? FirstCountry(string? except = null)
    {
        for (int i = 0; i < Countries.Count; i++)
            if (Countries[i] is var c && !WordIs(c.FirstWord - 1, "from") && !string.Equals(c.Name, except, StringComparison.OrdinalIgnoreCase)) return c.Name;
        return null;
    }
}
