using System.Collections.Frozen;
using Pamir.Core.Lexicons;
using Pamir.Core.Text;

namespace Pamir.Core.Claims;

/// <summary>
/// Measure nouns, fractions in words and qualifiers (data/lexicons/claims-*.tsv). Loaded once,
/// immutable. One phrase index per kind, since a word such as "GDP" is both a denominator
/// ("30% of GDP") and a sum ("GDP of $8bn").
/// </summary>
public sealed class ClaimLexicon
{
    private readonly Dictionary<MeasureKind, PhraseIndex<MeasureNoun>> byKind;
    // The key words of every kind and of the fractions, with the kinds they key as bits: one pass
    // over a sentence's words tells every kind that may be found in it.
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> kindsOfKeyWord;
    private readonly WordFilter? keyWordFilter;
    private readonly int alwaysPossible;

    /// <summary>The bit <see cref="KindsIn"/> sets when a fraction in words may stand in the sentence.</summary>
    public const int FractionBit = 1 << 30;

    public static int Bit(MeasureKind kind) => 1 << (int)kind;

    public PhraseIndex<double> Fractions { get; }
    public PhraseIndex<string> Qualifiers { get; }

    public ClaimLexicon(IEnumerable<MeasureNoun> nouns, IEnumerable<KeyValuePair<string, double>> fractions, IEnumerable<KeyValuePair<string, string>> qualifiers)
    {
        var list = nouns.ToList();
        byKind = Enum.GetValues<MeasureKind>().ToDictionary(k => k,
            k => new PhraseIndex<MeasureNoun>(list.Where(n => n.Kind == k).Select(n => KeyValuePair.Create(n.Phrase, n))));
        Fractions = new PhraseIndex<double>(fractions);
        Qualifiers = new PhraseIndex<string>(qualifiers);
        var kinds = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        int always = 0;
        void Key(IReadOnlyCollection<string>? words, int bit)
        {
            if (words is null) { always |= bit; return; }
            foreach (var w in words) kinds[w] = kinds.GetValueOrDefault(w) | bit;
        }
        foreach (var (kind, index) in byKind) Key(index.KeyWords, Bit(kind));
        Key(Fractions.KeyWords, FractionBit);
        alwaysPossible = always;
        var frozen = kinds.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        kindsOfKeyWord = frozen.GetAlternateLookup<ReadOnlySpan<char>>();
        keyWordFilter = FirstWordFilter.For(frozen.Keys);
    }

    /// <summary>
    /// The kinds (<see cref="Bit"/>, and <see cref="FractionBit"/>) whose phrases may be found in
    /// words [first, end) of the shared layer: a kind missing from the answer is certainly not there.
    /// </summary>
    public int KindsIn(WordLayer layer, int first, int end)
    {
        int kinds = alwaysPossible;
        for (int i = first; i < end; i++)
        {
            var word = layer.Surface(i);
            if ((keyWordFilter is null || keyWordFilter.MayContain(word)) && kindsOfKeyWord.TryGetValue(word, out int bits)) kinds |= bits;
        }
        return kinds;
    }

    public PhraseIndex<MeasureNoun> this[MeasureKind kind] => byKind[kind];

    public static ClaimLexicon Load() => Parse(
        LexiconFile.ReadEmbedded("claims-measures.tsv", 3),
        LexiconFile.ReadEmbedded("claims-fractions.tsv", 2),
        LexiconFile.ReadEmbedded("claims-qualifiers.tsv", 2));

    public static ClaimLexicon Parse(IReadOnlyList<string[]> measures, IReadOnlyList<string[]> fractions, IReadOnlyList<string[]> qualifiers) => new(
        measures.Select(r => new MeasureNoun(r[0],
            Enum.TryParse<MeasureKind>(r[1], ignoreCase: true, out var kind) ? kind : throw new FormatException($"claims lexicon: unknown kind '{r[1]}' for '{r[0]}'"),
            r[2], r.Length > 3 && r[3].Length > 0 ? r[3] : null)),
        fractions.Select(r => KeyValuePair.Create(r[0],
            double.TryParse(r[1], System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : throw new FormatException($"claims fractions lexicon: '{r[1]}' is not a number for '{r[0]}'"))),
        qualifiers.Select(r => KeyValuePair.Create(r[0], r[1])));
}
