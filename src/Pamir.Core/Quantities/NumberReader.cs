using System.Globalization;
using Pamir.Core.Text;

namespace Pamir.Core.Quantities;

/// <summary>
/// Reads one number at a token: digits ("32", "1,500", "2.5") with an optional scale word
/// ("2.5 billion"), or number words ("twenty-nine", "three hundred and fifty", "nine million",
/// "a dozen", "two-thirds", "half a million").
/// </summary>
public static class NumberReader
{
    public static bool TryRead(string text, ReadOnlySpan<Token> tokens, int i, out NumberReading reading)
    {
        reading = default;
        if (i >= tokens.Length) return false;
        var token = tokens[i];
        if (token.Kind == TokenKind.Number)
        {
            if (!TryParseDigits(token.In(text), out double value)) return false;
            int end = i + 1;
            if (end < tokens.Length && NumberWords.TryGet(tokens[end].In(text), out var scale) && scale.Kind is NumberWordKind.Scale or NumberWordKind.Hundred)
            {
                value = Scaled(value, scale.Value);
                end++;
            }
            reading = new NumberReading(value, end, false, false);
            return true;
        }
        return token.Kind == TokenKind.Word && TryReadWords(text, tokens, i, out reading);
    }

    /// <summary>Parses "32", "1,500", "2.5"; false for dates ("20.05.2019") and misplaced separators ("1,5").</summary>
    public static bool TryParseDigits(ReadOnlySpan<char> digits, out double value)
    {
        // the digits are copied on the stack here and read in a method of its own: one that both allocates on the stack and loops is compiled without the profile-guided tier
        Span<char> buffer = stackalloc char[digits.Length];
        return TryParseDigits(digits, buffer, out value);
    }

    private static bool TryParseDigits(ReadOnlySpan<char> digits, Span<char> buffer, out double value)
    {
        value = 0;
        int dot = digits.IndexOf('.');
        if (dot >= 0 && digits[(dot + 1)..].Contains('.')) return false;
        int n = 0, groupLength = -1;
        for (int k = 0; k < digits.Length; k++)
        {
            char c = digits[k];
            if (c == ',')
            {
                if (dot >= 0 && k > dot || groupLength == 0 || groupLength > 0 && groupLength != 3) return false;
                groupLength = 0;
                continue;
            }
            if (c == '.')
            {
                if (groupLength >= 0 && groupLength != 3) return false;
                groupLength = -1;
            }
            else if (groupLength >= 0) groupLength++;
            buffer[n++] = c;
        }
        if (groupLength >= 0 && groupLength != 3) return false;
        return double.TryParse(buffer[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static bool TryReadWords(string text, ReadOnlySpan<Token> tokens, int i, out NumberReading reading)
    {
        reading = default;
        double total = 0, current = 0;
        NumberWordKind? last = null;
        bool fraction = false;
        int j = i;
        var first = tokens[i].In(text);
        if (first.Equals("a", StringComparison.OrdinalIgnoreCase) || first.Equals("an", StringComparison.OrdinalIgnoreCase))
        {
            if (i + 1 >= tokens.Length || !NumberWords.TryGet(tokens[i + 1].In(text), out var after)
                || after.Kind is NumberWordKind.Unit or NumberWordKind.Ten) return false;
            current = 1;
            last = NumberWordKind.Unit;
            j++;
        }
        while (j < tokens.Length && NumberWords.TryGet(tokens[j].In(text), out var word))
        {
            bool ok = word.Kind switch
            {
                NumberWordKind.Unit => last is null or NumberWordKind.Hundred or NumberWordKind.Scale || last == NumberWordKind.Ten && current % 10 == 0,
                NumberWordKind.Ten => last is null or NumberWordKind.Hundred or NumberWordKind.Scale,
                NumberWordKind.Hundred => last is NumberWordKind.Unit or NumberWordKind.Ten && current > 0,
                NumberWordKind.Scale => last is NumberWordKind.Unit or NumberWordKind.Ten or NumberWordKind.Hundred or NumberWordKind.Dozen && current > 0,
                NumberWordKind.Dozen => last is NumberWordKind.Unit && current > 0,
                NumberWordKind.Fraction => last is NumberWordKind.Unit && current is > 0 and < 10 || last is null && IsHalf(word),
                _ => false,
            };
            if (!ok) break;
            switch (word.Kind)
            {
                case NumberWordKind.Unit or NumberWordKind.Ten: current += word.Value; break;
                case NumberWordKind.Hundred or NumberWordKind.Dozen: current *= word.Value; break;
                case NumberWordKind.Scale: total += current * word.Value; current = 0; break;
                case NumberWordKind.Fraction: current = (last is null ? 1 : current) * word.Value; fraction = true; break;
            }
            last = word.Kind;
            j++;
            if (fraction)
            {
                // "half a million"
                if (last is null or NumberWordKind.Fraction && current == 0.5 && j + 1 < tokens.Length
                    && tokens[j].In(text).Equals("a", StringComparison.OrdinalIgnoreCase)
                    && NumberWords.TryGet(tokens[j + 1].In(text), out var scale) && scale.Kind == NumberWordKind.Scale)
                {
                    current *= scale.Value;
                    fraction = false;
                    j += 2;
                }
                break;
            }
            j = SkipJoiner(text, tokens, j, last.Value);
        }
        if (last is null) return false;
        reading = new NumberReading(total + current, j, true, fraction);
        return true;
    }

    /// <summary>Multiplies in decimal so "8.2 million" is 8200000, not 8199999.999999999.</summary>
    public static double Scaled(double value, double scale) => (double)((decimal)value * (decimal)scale);

    private static bool IsHalf(NumberWord word) => word.Value == 0.5;

    /// <summary>Steps over the hyphen of "twenty-nine" / "two-thirds" and the "and" of "three hundred and fifty".</summary>
    private static int SkipJoiner(string text, ReadOnlySpan<Token> tokens, int j, NumberWordKind last)
    {
        if (j + 1 >= tokens.Length || !NumberWords.TryGet(tokens[j + 1].In(text), out var next)) return j;
        var joiner = tokens[j];
        if (joiner.In(text) is "-" && joiner.Start == tokens[j - 1].End && tokens[j + 1].Start == joiner.End) return j + 1;
        if (joiner.In(text) is "and" && last is NumberWordKind.Hundred or NumberWordKind.Scale && next.Kind is NumberWordKind.Unit or NumberWordKind.Ten) return j + 1;
        return j;
    }
}
