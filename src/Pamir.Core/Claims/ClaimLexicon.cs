using Pamir.Core.Lexicons;

namespace Pamir.Core.Claims;

/// <summary>
/// Measure nouns, fractions in words and qualifiers (data/lexicons/claims-*.tsv). Loaded once,
/// immutable. One phrase index per kind, since a word such as "GDP" is both a denominator
/// ("30% of GDP") and a sum ("GDP of $8bn").
/// </summary>
public sealed class ClaimLexicon
{
    private readonly Dictionary<MeasureKind, PhraseIndex<MeasureNoun>> byKind;

    public PhraseIndex<double> Fractions { get; }
    public PhraseIndex<string> Qualifiers { get; }

    public ClaimLexicon(IEnumerable<MeasureNoun> nouns, IEnumerable<KeyValuePair<string, double>> fractions, IEnumerable<KeyValuePair<string, string>> qualifiers)
    {
        var list = nouns.ToList();
        byKind = Enum.GetValues<MeasureKind>().ToDictionary(k => k,
            k => new PhraseIndex<MeasureNoun>(list.Where(n => n.Kind == k).Select(n => KeyValuePair.Create(n.Phrase, n))));
        Fractions = new PhraseIndex<double>(fractions);
        Qualifiers = new PhraseIndex<string>(qualifiers);
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
