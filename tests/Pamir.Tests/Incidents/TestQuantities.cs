using Pamir.Core.Quantities;

namespace Pamir.Tests.Incidents;

/// <summary>Numbers in a test report: digits, number words, "at least"/"more than", ranges and vague amounts.</summary>
internal static class TestQuantities
{
    private static readonly string[] Small =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
    ];

    private static readonly string[] Vague = ["tens of thousands", "dozens", "hundreds", "thousands", "several", "scores"];

    public static List<Quantity> Find(string text)
    {
        var found = new List<Quantity>();
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]) || i > 0 && char.IsLetterOrDigit(text[i - 1])) { i++; continue; }
            int end = i;
            double? value = null;
            bool spelled = false;
            if (char.IsDigit(text[i]))
            {
                while (end < text.Length && (char.IsDigit(text[end]) || text[end] == ',' && end + 1 < text.Length && char.IsDigit(text[end + 1]))) end++;
                value = double.Parse(text[i..end].Replace(",", ""));
            }
            else
            {
                string? vague = Vague.FirstOrDefault(v => Word(text, i, v));
                if (vague is not null)
                {
                    found.Add(new Quantity(i, i + vague.Length, null, Approximation.Vague));
                    i += vague.Length;
                    continue;
                }
                int n = Array.FindIndex(Small, w => Word(text, i, w));
                if (n < 0) { i++; continue; }
                value = n;
                end = i + Small[n].Length;
                spelled = true;
            }
            int start = i;
            var approximation = Approximation.Exact;
            foreach (var (phrase, kind) in new[] { ("at least ", Approximation.AtLeast), ("more than ", Approximation.MoreThan), ("about ", Approximation.About) })
            {
                if (start >= phrase.Length && text.AsSpan(start - phrase.Length, phrase.Length).Equals(phrase, StringComparison.OrdinalIgnoreCase))
                {
                    start -= phrase.Length;
                    approximation = kind;
                }
            }
            double? upper = null;
            if (text.AsSpan(end).StartsWith(" to ") && end + 4 < text.Length && char.IsDigit(text[end + 4]))
            {
                int u = end + 4, uEnd = u;
                while (uEnd < text.Length && (char.IsDigit(text[uEnd]) || text[uEnd] == ',')) uEnd++;
                upper = double.Parse(text[u..uEnd].Replace(",", ""));
                end = uEnd;
                approximation = Approximation.Range;
            }
            found.Add(new Quantity(start, end, value, approximation, Upper: upper, SpelledOut: spelled));
            i = end;
        }
        return found;
    }

    private static bool Word(string text, int at, string word) =>
        text.AsSpan(at).StartsWith(word, StringComparison.OrdinalIgnoreCase)
        && (at + word.Length == text.Length || !char.IsLetter(text[at + word.Length]));
}
