using Pamir.Core.Text;
using Pamir.Core.Time;

namespace Pamir.Core.Quantities;

/// <summary>
/// Finds quantities in one pass over the tokens: a number in digits or words with its currency,
/// scale and unit ("$2.5 billion", "€251m", "1,400 km", "46%", "20 per cent"), the phrase that
/// qualifies it ("at least", "more than", "up to", "or more"), ranges ("60,000 to 100,000",
/// "between three and five thousand", "20-30%") and vague amounts ("dozens", "tens of thousands",
/// "several hundred"). Numbers that the time layer read as dates, times of day, ordinals,
/// identifiers ("No. 3/2", "Protocol 32/20") and phone numbers are not quantities.
/// </summary>
internal sealed class QuantityScanner
{
    private readonly string text;
    private readonly Token[] tokens;
    private readonly IReadOnlyList<TimeExpression> times;
    private readonly List<Quantity> found;
    private int floor;

    private QuantityScanner(string text, Token[] tokens, IReadOnlyList<TimeExpression> times)
    {
        this.text = text;
        this.tokens = tokens;
        this.times = times;
        found = Found.Borrow();
    }

    // The quantities found, in a list kept per thread for the next text (only an array of the
    // final count leaves): grown afresh for every document it was half the quantities stage's garbage.
    private static readonly ThreadLentList<Quantity> Found = new();

    public static Quantity[] Scan(string text, Token[] tokens, IReadOnlyList<TimeExpression> times)
    {
        var scanner = new QuantityScanner(text, tokens, times);
        for (int i = 0; i < tokens.Length;)
        {
            int end = scanner.TryAt(i);
            if (end > i) { scanner.floor = end; i = end; }
            else i++;
        }
        Quantity[] quantities = [.. scanner.found];
        Found.Return(scanner.found);
        return quantities;
    }

    private int TryAt(int i)
    {
        var token = tokens[i];
        bool candidate = token.Kind switch
        {
            TokenKind.Number => true,
            TokenKind.Word => QuantityLexicon.IsStartWord(T(i)),
            TokenKind.Symbol => QuantityLexicon.CurrencyBefore.ContainsKey(T(i)),
            _ => false,
        };
        if (!candidate || InTime(i)) return -1;
        if (token.Kind == TokenKind.Word && TryVague(i) is int vague and > 0) return vague;
        if (Excluded(i)) return SkipIdentifier(i);

        string? currency = null;
        int numberAt = i;
        if (QuantityLexicon.CurrencyBefore.TryGetValue(T(i), out var code) && i + 1 < tokens.Length && tokens[i + 1].Kind == TokenKind.Number)
        {
            currency = code;
            numberAt = i + 1;
        }
        if (!TryReadNumber(numberAt, currency is not null, out var low)) return -1;
        int start = i;

        var approximation = Approximation.Exact;
        int prefixStart = MatchPrefix(start, out var prefixApproximation);
        if (prefixStart >= 0) { start = prefixStart; approximation = prefixApproximation; }
        bool between = IsWord(start - 1, "between") && start - 1 >= floor;

        int end = low.End;
        string? unit = low.Unit ?? currency;
        double? upper = null;
        if (TryRange(end, low, between, currency is not null, out var high, out int afterRange))
        {
            if (high.Scale > 1 && low.Scale == 1 && low.Value * high.Scale <= high.Value) low = low with { Value = NumberReader.Scaled(low.Value, high.Scale) };
            if (high.Value > low.Value)
            {
                upper = high.Value;
                unit ??= high.Unit ?? high.Currency;
                approximation = Approximation.Range;
                end = afterRange;
                if (between) start--;
            }
        }
        if (unit is null && TryUnitAfter(end, out string? after, out int afterUnit)) { unit = after; end = afterUnit; }
        if (approximation == Approximation.Exact && TrySuffixApproximation(end, out var suffix, out int afterSuffix)) { approximation = suffix; end = afterSuffix; }
        if (low.IsFraction) unit ??= "fraction";

        found.Add(new Quantity(tokens[start].Start, tokens[end - 1].End, low.Value, approximation, unit, upper, low.SpelledOut));
        return end;
    }

    /// <summary>A number with its scale and unit glued on: "2.5 billion", "251m", "1,400km", "46%".</summary>
    private readonly record struct Reading(double Value, int End, double Scale, string? Unit, bool SpelledOut, bool IsFraction);

    private bool TryReadNumber(int i, bool money, out Reading reading)
    {
        reading = default;
        if (i >= tokens.Length || InTime(i)) return false;
        var t = tokens[i];
        if (IsWord(i, "one") && (IsWord(i - 1, "no") || IsWord(i + 1, "another"))) return false;
        if (t.Kind == TokenKind.Word && IsWord(i, "half") && i + 1 < tokens.Length && T(i + 1) is "-" && Adjacent(i, i + 1)) return false;
        if (!NumberReader.TryRead(text, tokens, i, out var number)) return false;
        if (number.SpelledOut && number.Value == 0 && !IsWord(i, "zero")) return false;
        int end = number.EndToken;
        double scale = end > i + 1 && !number.SpelledOut && NumberWords.TryGet(T(end - 1), out var sw) ? sw.Value : 1;
        if (number.SpelledOut) scale = SpelledScale(i, end);
        double value = number.Value;
        string? unit = null;
        if (t.Kind == TokenKind.Number && end == i + 1 && end < tokens.Length && Adjacent(i, end) && tokens[end].Kind == TokenKind.Word)
        {
            var suffix = T(end);
            if (suffix is "st" or "nd" or "rd" or "th" or "s") return false;
            if (QuantityLexicon.ScaleSuffixes.TryGetValue(suffix, out double s) && (suffix is not "m" || money || value != Math.Floor(value) || IsDashBefore(end + 1)))
            {
                value = NumberReader.Scaled(value, s);
                scale = s;
                end++;
            }
            else if (QuantityLexicon.Units.TryGetValue(suffix, out var u)) { unit = u; end++; }
            else if (suffix is "m") { unit = "m"; end++; }
            else return false;
        }
        reading = new Reading(value, end, scale, unit, number.SpelledOut, number.IsFraction);
        return true;
    }

    private double SpelledScale(int first, int end)
    {
        double scale = 1;
        for (int k = first; k < end; k++)
            if (NumberWords.TryGet(T(k), out var w) && w.Kind is NumberWordKind.Scale && w.Value > scale) scale = w.Value;
        return scale;
    }

    /// <summary>"to 100,000", "-30%", "and five thousand" (after "between"), "or three".</summary>
    private bool TryRange(int e, Reading low, bool between, bool money, out (double Value, double Scale, string? Unit, string? Currency) high, out int after)
    {
        high = default;
        after = e;
        if (e + 1 >= tokens.Length) return false;
        bool dash = IsDash(e) && (Adjacent(e - 1, e) && Adjacent(e, e + 1) || T(e) is "–" or "—");
        bool joined = dash || IsWord(e, "to") || between && IsWord(e, "and") || IsWord(e, "or") && !IsWord(e + 1, "more");
        if (!joined) return false;
        int n = e + 1;
        string? currency = null;
        if (QuantityLexicon.CurrencyBefore.TryGetValue(T(n), out var code) && n + 1 < tokens.Length && tokens[n + 1].Kind == TokenKind.Number) { currency = code; n++; }
        if (Excluded(n) || !TryReadNumber(n, currency is not null || money, out var reading)) return false;
        if (reading.SpelledOut != low.SpelledOut && !between && !dash) return false;
        int end = reading.End;
        string? unit = reading.Unit;
        if (unit is null && TryUnitAfter(end, out var u, out int afterUnit)) { unit = u; end = afterUnit; }
        high = (reading.Value, reading.Scale, unit, currency);
        after = end;
        return true;
    }

    /// <summary>A unit after the number: "%", "per cent", "km", "square kilometres", "dollars", "US dollars".</summary>
    private bool TryUnitAfter(int e, out string? unit, out int after)
    {
        unit = null;
        after = e;
        if (e >= tokens.Length) return false;
        if (IsWord(e, "per") && (IsWord(e + 1, "cent") || IsWord(e + 1, "centage"))) { unit = "%"; after = e + 2; return true; }
        if ((IsWord(e, "square") || IsWord(e, "sq")) && QuantityLexicon.Units.TryGetValue(T(e + 1), out var area) && area == "km") { unit = "km2"; after = e + 2; return true; }
        if (IsWord(e, "US") && IsWord(e + 1, "dollars")) { unit = "USD"; after = e + 2; return true; }
        int k = e;
        // "1,344-kilometer", "5-km"
        if (T(k) is "-" && Adjacent(k - 1, k) && k + 1 < tokens.Length && Adjacent(k, k + 1)) k++;
        if (k < tokens.Length && QuantityLexicon.Units.TryGetValue(T(k), out var u) && (tokens[k].Kind != TokenKind.Symbol || k == e))
        {
            if (u is "GBP" && (IsWord(k + 1, "of") || k > e)) return false;
            unit = u;
            after = k + 1;
            return true;
        }
        return false;
    }

    /// <summary>"or more", "-plus", "+", "-odd" after the number.</summary>
    private bool TrySuffixApproximation(int e, out Approximation approximation, out int after)
    {
        approximation = Approximation.Exact;
        after = e;
        if (e >= tokens.Length) return false;
        if (IsWord(e, "or") && IsWord(e + 1, "more")) { approximation = Approximation.AtLeast; after = e + 2; return true; }
        if (T(e) is "+" && Adjacent(e - 1, e)) { approximation = Approximation.AtLeast; after = e + 1; return true; }
        if (T(e) is "-" && Adjacent(e - 1, e) && (IsWord(e + 1, "plus") || IsWord(e + 1, "odd")))
        {
            approximation = IsWord(e + 1, "plus") ? Approximation.AtLeast : Approximation.About;
            after = e + 2;
            return true;
        }
        if (IsWord(e, "plus") && (e + 1 >= tokens.Length || tokens[e + 1].Kind != TokenKind.Number)) { approximation = Approximation.AtLeast; after = e + 1; return true; }
        return false;
    }

    /// <summary>The first token of an approximation phrase ending right before start, or -1.</summary>
    private int MatchPrefix(int start, out Approximation approximation)
    {
        approximation = Approximation.Exact;
        if (!QuantityLexicon.IsPrefixLastWord(T(start - 1))) return -1;
        foreach (var (words, kind) in QuantityLexicon.Prefixes)
        {
            int first = start - words.Length;
            if (first < floor || first < 0) continue;
            bool match = true;
            for (int w = 0; w < words.Length && match; w++) match = T(first + w).Equals(words[w], StringComparison.OrdinalIgnoreCase);
            if (!match) continue;
            approximation = kind;
            return first;
        }
        return -1;
    }

    /// <summary>"dozens", "hundreds of thousands", "tens of thousands", "several hundred", "a few", "a handful", "a number of", "scores of".</summary>
    private int TryVague(int i)
    {
        var t = T(i);
        int end;
        if (QuantityLexicon.VagueWords.TryGetValue(t, out _))
        {
            if (IsWord(i, "tens") || IsWord(i, "scores"))
            {
                if (!IsWord(i + 1, "of")) return -1;
                if (IsWord(i, "tens") && !IsPluralScale(i + 2)) return -1;
            }
            end = i + 1;
            if (IsWord(i + 1, "of") && IsPluralScale(i + 2) && !IsWord(i, "several")) end = i + 3;
            else if ((IsWord(i, "several") || IsWord(i, "multiple")) && IsScaleWord(i + 1)) end = i + 2;
            else if (IsWord(i, "tens")) end = i + 3;
        }
        else if (IsWord(i, "a") && (IsWord(i + 1, "few") || IsWord(i + 1, "handful")))
        {
            end = IsScaleWord(i + 2) ? i + 3 : i + 2;
        }
        else if (IsWord(i, "a") && IsWord(i + 1, "number") && IsWord(i + 2, "of")) end = i + 2;
        else if (IsWord(i, "a") && IsWord(i + 1, "couple") && IsWord(i + 2, "of"))
        {
            found.Add(new Quantity(tokens[i].Start, tokens[i + 1].End, 2, Approximation.About, SpelledOut: true));
            return i + 2;
        }
        else return -1;
        int start = i;
        if (MatchPrefix(i, out _) is int p and >= 0) start = p;
        found.Add(new Quantity(tokens[start].Start, tokens[end - 1].End, null, Approximation.Vague));
        return end;
    }

    private bool IsPluralScale(int i) => IsWord(i, "thousands") || IsWord(i, "millions") || IsWord(i, "hundreds") || IsWord(i, "billions");

    private bool IsScaleWord(int i) => i < tokens.Length && NumberWords.TryGet(T(i), out var w) && w.Kind is NumberWordKind.Hundred or NumberWordKind.Scale or NumberWordKind.Dozen;

    /// <summary>Numbers that name or time something: "No. 3", "32/20", "10:30", "5 pm", "+992 37 ...".</summary>
    private bool Excluded(int i)
    {
        if (i >= tokens.Length || tokens[i].Kind != TokenKind.Number) return false;
        int p = i - 1, n = i + 1;
        if (p >= 0 && (IdentifierPrefixes.Contains(T(p)) || T(p) is "+" || T(p) is "/" or ":" && Adjacent(p, i))) return true;
        if (n < tokens.Length && (T(n) is "/" or ":" && Adjacent(i, n) && n + 1 < tokens.Length && tokens[n + 1].Kind == TokenKind.Number)) return true;
        if (n < tokens.Length && tokens[n].Kind == TokenKind.Number) return true;
        if (p >= 0 && tokens[p].Kind == TokenKind.Number && !Adjacent(p, i)) return true;
        if (IsWord(n, "am") || IsWord(n, "pm") || IsWord(n, "a.m.") || IsWord(n, "p.m.") || IsWord(n, "GMT") || IsWord(n, "UTC") || IsWord(n, "hrs")) return true;
        return false;
    }

    /// <summary>Steps over a whole identifier or phone number so its parts are not read one by one.</summary>
    private int SkipIdentifier(int i)
    {
        int j = i + 1;
        while (j < tokens.Length && (tokens[j].Kind == TokenKind.Number || T(j) is "/" or ":" or "-" && Adjacent(j - 1, j))) j++;
        return j;
    }

    private bool InTime(int i)
    {
        int t = SpanSearch.LastStartingAtOrBefore(times, tokens[i].Start);
        return t >= 0 && times[t].End > tokens[i].Start;
    }

    private bool IsDashBefore(int i) => i < tokens.Length && T(i) is "-";

    private bool IsDash(int i) => i >= 0 && i < tokens.Length && T(i) is "-" or "–" or "—";

    private bool Adjacent(int a, int b) => a >= 0 && b < tokens.Length && tokens[a].End == tokens[b].Start;

    private bool IsWord(int i, string word) => i >= 0 && i < tokens.Length && T(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    private ReadOnlySpan<char> T(int i) => i >= 0 && i < tokens.Length ? tokens[i].In(text) : [];
}
