using System.Collections.Frozen;

namespace Pamir.Core.Quantities;

/// <summary>The English number words, looked up by span without allocating.</summary>
public static class NumberWords
{
    private static readonly FrozenDictionary<string, NumberWord> Words = Build().ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, NumberWord>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool TryGet(ReadOnlySpan<char> word, out NumberWord number) => Lookup.TryGetValue(word, out number);

    private static Dictionary<string, NumberWord> Build()
    {
        string[] units = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
        string[] tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        var words = new Dictionary<string, NumberWord>();
        for (int i = 0; i < units.Length; i++) words[units[i]] = new(i, NumberWordKind.Unit);
        for (int i = 0; i < tens.Length; i++) words[tens[i]] = new((i + 2) * 10, NumberWordKind.Ten);
        words["hundred"] = new(100, NumberWordKind.Hundred);
        words["thousand"] = new(1e3, NumberWordKind.Scale);
        words["million"] = new(1e6, NumberWordKind.Scale);
        words["billion"] = new(1e9, NumberWordKind.Scale);
        words["trillion"] = new(1e12, NumberWordKind.Scale);
        words["dozen"] = new(12, NumberWordKind.Dozen);
        words["half"] = new(0.5, NumberWordKind.Fraction);
        words["halves"] = new(0.5, NumberWordKind.Fraction);
        words["third"] = new(1 / 3.0, NumberWordKind.Fraction);
        words["thirds"] = new(1 / 3.0, NumberWordKind.Fraction);
        words["quarter"] = new(0.25, NumberWordKind.Fraction);
        words["quarters"] = new(0.25, NumberWordKind.Fraction);
        return words;
    }
}
