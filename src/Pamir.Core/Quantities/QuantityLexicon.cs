using System.Collections.Frozen;

namespace Pamir.Core.Quantities;

/// <summary>Units, currencies, approximation phrases and vague amounts, looked up by span.</summary>
internal static class QuantityLexicon
{
    /// <summary>Unit words after a number, normalised: "kilometres" → "km", "roubles" → "RUB", "per cent" via "percent".</summary>
    public static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Units = Lookup(new Dictionary<string, string>
    {
        ["%"] = "%", ["percent"] = "%", ["pct"] = "%", ["pc"] = "%",
        ["km"] = "km", ["kms"] = "km", ["kilometres"] = "km", ["kilometers"] = "km", ["kilometre"] = "km", ["kilometer"] = "km",
        ["mi"] = "mi", ["mile"] = "mi", ["miles"] = "mi",
        ["metres"] = "m", ["meters"] = "m", ["metre"] = "m", ["meter"] = "m",
        ["ha"] = "ha", ["hectares"] = "ha", ["hectare"] = "ha",
        ["kg"] = "kg", ["kilograms"] = "kg", ["kilogram"] = "kg", ["kilos"] = "kg",
        ["tonnes"] = "t", ["tonne"] = "t", ["tons"] = "t", ["ton"] = "t",
        ["dollars"] = "USD", ["dollar"] = "USD", ["usd"] = "USD",
        ["euros"] = "EUR", ["euro"] = "EUR", ["eur"] = "EUR",
        ["pounds"] = "GBP", ["gbp"] = "GBP",
        ["roubles"] = "RUB", ["rubles"] = "RUB", ["rouble"] = "RUB", ["ruble"] = "RUB", ["rub"] = "RUB",
        ["somoni"] = "TJS", ["tjs"] = "TJS",
        ["soms"] = "KGS", ["kgs"] = "KGS",
        ["tenge"] = "KZT", ["kzt"] = "KZT",
        ["manat"] = "TMT", ["afghanis"] = "AFN", ["afghani"] = "AFN", ["afn"] = "AFN",
        ["rupees"] = "INR", ["yuan"] = "CNY", ["renminbi"] = "CNY", ["cny"] = "CNY",
        ["hryvnias"] = "UAH", ["hryvnia"] = "UAH", ["hryvnas"] = "UAH", ["uah"] = "UAH",
        ["lari"] = "GEL", ["uzs"] = "UZS", ["yen"] = "JPY", ["lira"] = "TRY", ["liras"] = "TRY",
    });

    /// <summary>Currency codes and symbols written before the number: "$2.5 billion", "€251m", "USD 5m".</summary>
    public static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CurrencyBefore = Lookup(new Dictionary<string, string>
    {
        ["$"] = "USD", ["€"] = "EUR", ["£"] = "GBP", ["₽"] = "RUB", ["₹"] = "INR", ["₸"] = "KZT", ["¥"] = "JPY", ["₺"] = "TRY", ["₴"] = "UAH",
        ["USD"] = "USD", ["EUR"] = "EUR", ["GBP"] = "GBP", ["RUB"] = "RUB", ["TJS"] = "TJS", ["KGS"] = "KGS", ["KZT"] = "KZT", ["UZS"] = "UZS", ["AFN"] = "AFN",
    }, StringComparer.Ordinal);

    /// <summary>Scale suffixes written against the number: "€251m", "2.5bn", "10k".</summary>
    public static readonly FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> ScaleSuffixes = Lookup(new Dictionary<string, double>
    {
        ["m"] = 1e6, ["mn"] = 1e6, ["mln"] = 1e6, ["bn"] = 1e9, ["bln"] = 1e9, ["b"] = 1e9, ["k"] = 1e3, ["tn"] = 1e12,
    });

    /// <summary>Words that stand for an amount without a number: "dozens", "hundreds", "several", "numerous".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> VagueWords =
        new[] { "dozens", "hundreds", "thousands", "millions", "billions", "tens", "scores", "several", "numerous", "countless", "multiple" }
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Every word a quantity can start with (number words, vague words, "a", currency codes): one
    /// lookup tells that an ordinary word starts nothing.
    /// </summary>
    public static bool IsStartWord(ReadOnlySpan<char> word) => StartWordFilter.MayContain(word) && StartWords.Contains(word);

    private static readonly string[] StartWordList =
        [
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
            "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty",
            "seventy", "eighty", "ninety", "half", "dozens", "hundreds", "thousands", "millions", "billions", "tens", "scores",
            "several", "numerous", "countless", "multiple", "a", "an", "USD", "EUR", "GBP", "RUB", "TJS", "KGS", "KZT", "UZS", "AFN",
        ];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StartWords =
        StartWordList.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Text.WordFilter StartWordFilter = new(StartWordList);

    /// <summary>The word before a number may end an approximation phrase: most numbers need not be compared with every phrase.</summary>
    public static bool IsPrefixLastWord(ReadOnlySpan<char> word) => PrefixLastWords.Contains(word);

    /// <summary>Phrases before a number and what they make of it, longest first so "just over" wins over "over".</summary>
    public static readonly (string[] Words, Approximation Approximation)[] Prefixes =
    [
        (["a", "little", "more", "than"], Approximation.MoreThan),
        (["slightly", "more", "than"], Approximation.MoreThan),
        (["a", "little", "over"], Approximation.MoreThan),
        (["no", "fewer", "than"], Approximation.AtLeast),
        (["no", "less", "than"], Approximation.AtLeast),
        (["not", "less", "than"], Approximation.AtLeast),
        (["a", "minimum", "of"], Approximation.AtLeast),
        (["no", "more", "than"], Approximation.UpTo),
        (["not", "more", "than"], Approximation.UpTo),
        (["a", "maximum", "of"], Approximation.UpTo),
        (["as", "many", "as"], Approximation.UpTo),
        (["as", "much", "as"], Approximation.UpTo),
        (["in", "excess", "of"], Approximation.MoreThan),
        (["just", "shy", "of"], Approximation.Nearly),
        (["an", "estimated"], Approximation.About),
        (["at", "least"], Approximation.AtLeast),
        (["more", "than"], Approximation.MoreThan),
        (["just", "over"], Approximation.MoreThan),
        (["well", "over"], Approximation.MoreThan),
        (["just", "above"], Approximation.MoreThan),
        (["upwards", "of"], Approximation.MoreThan),
        (["close", "to"], Approximation.Nearly),
        (["just", "under"], Approximation.Nearly),
        (["just", "below"], Approximation.Nearly),
        (["up", "to"], Approximation.UpTo),
        (["at", "most"], Approximation.UpTo),
        (["fewer", "than"], Approximation.LessThan),
        (["less", "than"], Approximation.LessThan),
        (["over"], Approximation.MoreThan),
        (["above"], Approximation.MoreThan),
        (["exceeding"], Approximation.MoreThan),
        (["about"], Approximation.About),
        (["around"], Approximation.About),
        (["some"], Approximation.About),
        (["approximately"], Approximation.About),
        (["approx."], Approximation.About),
        (["roughly"], Approximation.About),
        (["estimated"], Approximation.About),
        (["circa"], Approximation.About),
        (["~"], Approximation.About),
        (["nearly"], Approximation.Nearly),
        (["almost"], Approximation.Nearly),
        (["under"], Approximation.LessThan),
        (["below"], Approximation.LessThan),
    ];

    // After Prefixes: static fields initialise in the order written.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PrefixLastWords =
        Prefixes.Select(p => p.Words[^1]).ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> Lookup<T>(Dictionary<string, T> entries, StringComparer? comparer = null) =>
        entries.ToFrozenDictionary(comparer ?? StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
