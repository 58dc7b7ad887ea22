using System.Collections.Frozen;
using Pamir.Core.Quantities;
using Pamir.Core.Text;

namespace Pamir.Core.Time;

/// <summary>
/// Finds time expressions in one pass over the tokens. Only numbers and the words of
/// <see cref="TimeLexicon"/> (months, weekdays, seasons, calendar units, "yesterday") trigger a
/// pattern; the words around a trigger ("in", "last", "the next", "two ... later") are read from
/// there, so most tokens cost one dictionary lookup.
/// </summary>
internal sealed class TimeScanner
{
    /// <summary>Words before a bare month that make it a date ("in March", "since May"); "May" takes only the unambiguous ones.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MonthContext = Words(
        ["in", "since", "until", "till", "during", "through", "throughout", "from", "early", "late", "mid", "between", "by", "of", "before", "after", "to", "and", "or", "last", "this", "next", "that"]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MayContext = Words(
        ["in", "since", "until", "till", "during", "through", "throughout", "from", "early", "late", "mid", "between", "before", "last", "this", "next", "that"]);

    /// <summary>Words before a year that make a following plural noun part of the phrase ("in 2015 elections were held", "the 2020 elections").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> YearContext = Words(
        ["in", "since", "by", "from", "until", "till", "to", "through", "of", "during", "before", "after", "early", "late", "mid",
         "the", "between", "and", "or", "around", "circa", "year", "'s", "’s", "summer", "spring", "autumn", "winter", "fall", "end", "beginning", "start", "middle", "throughout", "as"]);

    /// <summary>Nouns that show a four-digit number counts things ("2000 people") rather than names a year.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CountedNouns = Words(
        ["people", "men", "women", "children", "police", "personnel", "staff", "strong", "km", "kg", "m", "t", "ha", "mi", "dead",
         "killed", "injured", "wounded", "times", "per", "percent", "hectares", "tonnes", "tons", "dollars", "euros", "troops", "soldiers"]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Approximators = Words(
        ["over", "about", "around", "nearly", "almost", "some", "roughly", "approximately", "only", "barely", "just", "than", "under", "little", "more", "less", "a", "exactly", "precisely", "at", "least"]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FutureWords = Words(
        ["will", "shall", "upcoming", "scheduled", "planned", "plans", "plan", "expected", "expects", "forthcoming", "ahead", "'ll", "target", "targets", "aims", "vision", "strategy", "forecast", "projected"]);

    private static readonly WordFilter FutureFilter = new(["will", "shall", "upcoming", "scheduled", "planned", "plans", "plan", "expected", "expects", "forthcoming", "ahead", "'ll", "target", "targets", "aims", "vision", "strategy", "forecast", "projected"]);

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Words(string[] words) =>
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly string text;
    private readonly Token[] tokens;
    private readonly List<TimeMention> found;
    private int floor;

    // The list of mentions is lent per thread to one document at a time (see Release): grown
    // afresh for every document it was the time layer's largest garbage.
    private static readonly ThreadLentList<TimeMention> Mentions = new();

    private TimeScanner(string text, Token[] tokens)
    {
        this.text = text;
        this.tokens = tokens;
        found = Mentions.Borrow();
    }

    /// <summary>Gives a list that <see cref="Scan"/> returned back to the thread; it is not read afterwards.</summary>
    public static void Release(List<TimeMention> mentions) => Mentions.Return(mentions);

    public static List<TimeMention> Scan(string text, Token[] tokens)
    {
        var scanner = new TimeScanner(text, tokens);
        for (int i = 0; i < tokens.Length;)
        {
            int end = scanner.TryAt(i);
            if (end > i) { scanner.floor = end; i = end; }
            else i++;
        }
        return scanner.found;
    }

    /// <summary>Whether the tokens in [first, end) hold a word that points to the future ("will", "scheduled").</summary>
    public static bool HasFutureWord(string text, IReadOnlyList<Token> tokens, int first, int end)
    {
        for (int i = first; i < end; i++)
            if (tokens[i].Kind == TokenKind.Word && FutureFilter.MayContain(tokens[i].In(text)) && FutureWords.Contains(tokens[i].In(text))) return true;
        return false;
    }

    private int TryAt(int i)
    {
        var token = tokens[i];
        if (token.Kind == TokenKind.Number) return TryNumber(i);
        if (token.Kind != TokenKind.Word || !TimeLexicon.TryGet(token.In(text), out var word)) return -1;
        return word.Kind switch
        {
            TimeWordKind.Month when IsCapitalised(i) => TryMonth(i, word),
            TimeWordKind.Weekday when IsCapitalised(i) => TryWeekday(i, (DayOfWeek)word.Value),
            TimeWordKind.Season => TrySeason(i, word),
            TimeWordKind.Unit => TryUnit(i, word),
            TimeWordKind.Deictic => Add(i, i + 1, new(0, 0, TimeMentionKind.Offset, default, DatePrecision.Day, Unit: TimeUnit.Day, Amount: word.Value)),
            _ => -1,
        };
    }

    // ---- numbers: "19 May 2019", "2019-05-20", "20.05.2019", "2010-2011", "the 1990s", "in 2003"

    private int TryNumber(int i)
    {
        var t = T(i);
        if (t.Count('.') == 2) return TryDottedDate(i);
        if (TryYear(i, 1800, 2100, out int year) && TryIsoDate(i, year) is int iso and > 0) return iso;
        if (TrySlashDate(i) is int slash and > 0) return slash;
        if (TryDay(i, out int day, out int k)) return TryDayFirst(i, day, k);
        if (TryYear(i, 1900, 2100, out year)) return TryYearAt(i, year);
        if (t.Length == 2 && i > 0 && T(i - 1) is "'" or "’" && Adjacent(i - 1, i) && Is(i + 1, "s") && Adjacent(i, i + 1))
        {
            int yy = (t[0] - '0') * 10 + (t[1] - '0');
            if (yy % 10 != 0) return -1;
            return AddExplicit(ExtendModifiers(i - 1), i + 2, new FuzzyDate(yy >= 30 ? 1900 + yy : 2000 + yy, IsDecade: true), DatePrecision.Decade);
        }
        return -1;
    }

    private int TryDottedDate(int i)
    {
        var t = T(i);
        int a = t.IndexOf('.'), b = t.LastIndexOf('.');
        if (!int.TryParse(t[..a], out int d) || !int.TryParse(t[(a + 1)..b], out int m) || t.Length - b - 1 != 4 || !int.TryParse(t[(b + 1)..], out int y)) return -1;
        return IsValid(y, m, d) ? AddExplicit(i, i + 1, new FuzzyDate(y, m, d), DatePrecision.Day) : -1;
    }

    private int TryIsoDate(int i, int year)
    {
        if (i + 2 < tokens.Length && T(i + 1) is "-" && Adjacent(i, i + 1) && Adjacent(i + 1, i + 2) && T(i + 2).Length == 2
            && (i + 3 >= tokens.Length || !(T(i + 3) is "-")) && int.TryParse(T(i + 2), out int month) && month is >= 1 and <= 12
            && year % 100 + 1 != month)
            return AddExplicit(i, i + 3, new FuzzyDate(year, month), DatePrecision.Month);
        if (i + 4 >= tokens.Length || !(T(i + 1) is "-") || !(T(i + 3) is "-")) return -1;
        if (!Adjacent(i, i + 1) || !Adjacent(i + 1, i + 2) || !Adjacent(i + 2, i + 3) || !Adjacent(i + 3, i + 4)) return -1;
        if (T(i + 2).Length != 2 || T(i + 4).Length != 2 || !int.TryParse(T(i + 2), out int m) || !int.TryParse(T(i + 4), out int d)) return -1;
        return IsValid(year, m, d) ? AddExplicit(i, i + 5, new FuzzyDate(year, m, d), DatePrecision.Day) : -1;
    }

    private int TrySlashDate(int i)
    {
        if (i + 4 >= tokens.Length || !(T(i + 1) is "/") || !(T(i + 3) is "/") || tokens[i + 2].Kind != TokenKind.Number) return -1;
        if (!Adjacent(i, i + 1) || !Adjacent(i + 1, i + 2) || !Adjacent(i + 2, i + 3) || !Adjacent(i + 3, i + 4)) return -1;
        if (!TryYear(i + 4, 1800, 2100, out int y) || !int.TryParse(T(i), out int a) || !int.TryParse(T(i + 2), out int b)) return -1;
        // Day first, as most of the world writes it, unless that cannot be a date.
        var (d, m) = b > 12 ? (b, a) : (a, b);
        return IsValid(y, m, d) ? AddExplicit(i, i + 5, new FuzzyDate(y, m, d), DatePrecision.Day) : -1;
    }

    /// <summary>"19 May 2019", "19th of May", "19-20 May 2019", "19 May last year", "19 May".</summary>
    private int TryDayFirst(int i, int day, int k)
    {
        int? lastDay = null;
        if (IsDash(k) && TryDay(k + 1, out int day2, out int k2) && day2 > day) { lastDay = day2; k = k2; }
        if (Is(k, "of") && lastDay is null) k++;
        if (!TryMonthWord(k, out int month, out _)) return -1;
        int e = k + 1;
        if (TryYearAfter(e, out int year, out int afterYear))
        {
            if (!IsValid(year, month, day) || lastDay is int ld && !IsValid(year, month, ld)) return -1;
            FuzzyDate? rangeEnd = lastDay is int last ? new FuzzyDate(year, month, last) : null;
            return AddExplicit(i, afterYear, new FuzzyDate(year, month, day), DatePrecision.Day, rangeEnd);
        }
        if (!IsValid(2000, month, day)) return -1;
        return AddPartial(i, e, month, day);
    }

    private int TryYearAt(int i, int year)
    {
        int n = i + 1;
        if (Is(n, "s") && Adjacent(i, n) && year % 10 == 0)
            return AddExplicit(ExtendModifiers(ExtendThe(i)), n + 1, new FuzzyDate(year, IsDecade: true), DatePrecision.Decade);
        if (TryYearRangeEnd(i, year, out int endYear, out int after))
            return AddExplicit(ExtendModifiers(i), after, new FuzzyDate(year), DatePrecision.Year, new FuzzyDate(endYear));
        if (!IsBareYear(i)) return -1;
        return AddExplicit(ExtendModifiers(i), n, new FuzzyDate(year), DatePrecision.Year);
    }

    /// <summary>"2010-2011", "2010–11", "1992-97", "2010/11", "from 1992 to 1997", "between 2010 and 2012".</summary>
    private bool TryYearRangeEnd(int i, int year, out int endYear, out int after)
    {
        endYear = 0;
        after = i + 3;
        int n = i + 1;
        if (n + 1 >= tokens.Length) return false;
        bool dash = IsDash(n), slash = T(n) is "/" && Adjacent(i, n) && Adjacent(n, n + 1);
        bool word = Is(n, "to") || Is(n, "until") || Is(n, "till") || Is(n, "through") ? Is(i - 1, "from")
            : Is(n, "and") && Is(i - 1, "between");
        if (!dash && !slash && !word) return false;
        if (TryYear(n + 1, 1800, 2100, out endYear)) return endYear > year && (!slash || endYear == year + 1);
        var t = T(n + 1);
        if ((dash || slash) && t.Length == 2 && tokens[n + 1].Kind == TokenKind.Number && int.TryParse(t, out int yy))
        {
            endYear = year / 100 * 100 + yy;
            if (endYear <= year) return false;
            return !slash || endYear == year + 1;
        }
        return false;
    }

    /// <summary>A four-digit number in year position: not money, an identifier, a count of people, a phone number or part of "32/20".</summary>
    private bool IsBareYear(int i)
    {
        int p = i - 1, n = i + 1;
        if (p >= 0)
        {
            var prev = tokens[p];
            if (prev.Kind is TokenKind.Number or TokenKind.Symbol) return false;
            if (T(p) is "/" or ":" or "." or "," && Adjacent(p, i)) return false;
            if (IdentifierPrefixes.Contains(T(p))) return false;
        }
        if (n < tokens.Length)
        {
            var next = tokens[n];
            if (next.Kind is TokenKind.Number || next.Kind is TokenKind.Symbol && T(n) is not "&") return false;
            if (T(n) is "/" or ":" && Adjacent(i, n)) return false;
            if (T(n) is "," && n + 1 < tokens.Length && tokens[n + 1].Kind == TokenKind.Number && Adjacent(n, n + 1)) return false;
            if (next.Kind == TokenKind.Word)
            {
                var w = T(n);
                if (CountedNouns.Contains(w) || NumberWords.TryGet(w, out var nw) && nw.Kind == NumberWordKind.Scale) return false;
                bool plural = w.Length > 3 && w[^1] == 's' && char.IsLower(w[0]);
                if (plural && (p < 0 || !YearContext.Contains(T(p)))) return false;
            }
        }
        return true;
    }

    // ---- months: "May 19, 2019", "September 2010", "May-June 2015", "in March", "last November"

    private int TryMonth(int i, TimeWord word)
    {
        int month = word.Value, e = i + 1;
        if (TryMonthRange(i, month) is int range and > 0) return range;
        if (TryDay(e, out int day, out int k) && !(k < tokens.Length && T(k) is ":"))
        {
            // "May 19-20, 2019"
            int? lastDay = null;
            if (IsDash(k) && TryDay(k + 1, out int day2, out int k2) && day2 > day) { lastDay = day2; k = k2; }
            if (TryYearAfter(k, out int year, out int afterYear))
            {
                if (!IsValid(year, month, day) || lastDay is int ld && !IsValid(year, month, ld)) return -1;
                FuzzyDate? rangeEnd = lastDay is int last ? new FuzzyDate(year, month, last) : null;
                return AddExplicit(ExtendWeekday(i), afterYear, new FuzzyDate(year, month, day), DatePrecision.Day, rangeEnd);
            }
            return IsValid(2000, month, day) ? AddPartial(ExtendWeekday(i), k, month, day) : -1;
        }
        if (TryYear(e, 1800, 2100, out int y) || (Is(e, "of") || T(e) is ",") && TryYear(e + 1, 1800, 2100, out y))
        {
            int after = TryYear(e, 1800, 2100, out _) ? e + 1 : e + 2;
            return AddExplicit(ExtendModifiers(i), after, new FuzzyDate(y, month), DatePrecision.Month);
        }
        if (word.Abbreviated) return -1;
        if (TryRelativeYear(e, out int shift))
            return Add(ExtendModifiers(i), e + 2, new(0, 0, TimeMentionKind.PartialShifted, new FuzzyDate(null, month), DatePrecision.Month, Amount: shift));
        var context = month == 5 ? MayContext : MonthContext;
        if (i == 0 || !context.Contains(T(i - 1)) && !(IsDash(i - 1) && Is(i - 2, "mid"))) return -1;
        if (Direction(i - 1) is int direction)
            return Add(ExtendModifiers(i - 1), e, new(0, 0, TimeMentionKind.NamedMonth, new FuzzyDate(null, month), DatePrecision.Month, Amount: direction));
        return AddPartial(ExtendModifiers(i), e, month, null);
    }

    /// <summary>"May-June 2015", "from May to July 2015", "between March and May 2016".</summary>
    private int TryMonthRange(int i, int month)
    {
        int n = i + 1;
        bool joined = IsDash(n) || Is(n, "to") || Is(n, "through") || Is(n, "and") && Is(i - 1, "between");
        if (!joined || !TryMonthWord(n + 1, out int month2, out _) || !TryYearAfter(n + 2, out int year, out int after)) return -1;
        int startYear = month2 < month ? year - 1 : year;
        return AddExplicit(ExtendModifiers(i), after, new FuzzyDate(startYear, month), DatePrecision.Month, new FuzzyDate(year, month2));
    }

    // ---- weekdays: "on Sunday", "late on Monday", "last Friday", "Tuesday night"

    private int TryWeekday(int i, DayOfWeek weekday)
    {
        int n = i + 1;
        // "Monday, May 20, 2019" and "Monday 20 May": the date that follows says it all.
        if (T(n) is "," && (TryMonthWord(n + 1, out _, out _) || TryDay(n + 1, out _, out _))) return -1;
        if (TryMonthWord(n, out _, out _) || TryDay(n, out _, out _)) return -1;
        bool partOfDay = n < tokens.Length && TimeLexicon.TryGet(T(n), out var w) && w.Kind == TimeWordKind.Unit && w.Value == (int)TimeUnit.Day && !w.Plural && !Is(n, "day");
        bool possessive = Is(n, "'s") || Is(n, "’s");
        if (!partOfDay && !possessive && n < tokens.Length && tokens[n].Kind == TokenKind.Word && IsCapitalised(n)) return -1;
        int? direction = Direction(i - 1);
        bool context = direction is not null || Is(i - 1, "on") || Is(i - 1, "since") || Is(i - 1, "until") || Is(i - 1, "by")
            || Is(i - 1, "late") || Is(i - 1, "early") || Is(i - 1, "from") || Is(i - 1, "before") || Is(i - 1, "till")
            || Is(i - 1, "overnight") || Is(i - 1, "of") && (Is(i - 2, "hours") || Is(i - 2, "morning") || Is(i - 2, "night") || Is(i - 2, "evening"));
        if (!context && !partOfDay && !possessive) return -1;
        int start = direction is not null ? i - 1 : i;
        int end = partOfDay || possessive ? n + 1 : n;
        return Add(start, end, new(0, 0, TimeMentionKind.Weekday, default, DatePrecision.Day, Amount: direction ?? 0, Weekday: weekday));
    }

    // ---- seasons: "spring 2015", "in the fall of 2015", "that same autumn", "last summer"

    private int TrySeason(int i, TimeWord word)
    {
        int e = i + 1;
        if (TryYear(e, 1800, 2100, out int year) || Is(e, "of") && TryYear(e + 1, 1800, 2100, out year))
            return AddExplicit(ExtendModifiers(i), Is(e, "of") ? e + 2 : e + 1, new FuzzyDate(year), DatePrecision.Year);
        if (Is(i - 1, "same") && (Is(i - 2, "that") || Is(i - 2, "the")))
            return Add(i - 2, e, new(0, 0, TimeMentionKind.AfterPrevious, default, DatePrecision.Year, Unit: TimeUnit.Year));
        if (Is(i - 1, "that"))
            return Add(i - 1, e, new(0, 0, TimeMentionKind.AfterPrevious, default, DatePrecision.Year, Unit: TimeUnit.Year));
        if (Direction(i - 1) is int direction)
            return Add(ExtendModifiers(i - 1), e, new(0, 0, TimeMentionKind.NamedMonth, new FuzzyDate(null, word.Value), DatePrecision.Year, Amount: direction));
        if (TryRelativeYear(e, out int shift))
            return Add(ExtendModifiers(i), e + 2, new(0, 0, TimeMentionKind.PartialShifted, new FuzzyDate(null, word.Value), DatePrecision.Year, Amount: shift));
        bool inSeason = Is(i - 1, "in") || Is(i - 1, "the") && Is(i - 2, "in") || Is(i - 1, "early") || Is(i - 1, "late")
            || Is(i - 1, "until") || Is(i - 1, "since") || Is(i - 1, "during");
        if (!inSeason || Is(e, "of")) return -1;
        return Add(ExtendModifiers(i), e, new(0, 0, TimeMentionKind.Partial, new FuzzyDate(null, word.Value), DatePrecision.Year));
    }

    // ---- calendar units: "two days ago", "a year later", "last week", "earlier this month", "the next day", "that year"

    private int TryUnit(int i, TimeWord word)
    {
        var unit = (TimeUnit)word.Value;
        int e = i + 1, p = i - 1;
        bool ago = Is(e, "ago"), later = Is(e, "later"), earlier = Is(e, "earlier");
        bool beforeAfter = (Is(e, "before") || Is(e, "after")) && (e + 1 >= tokens.Length || tokens[e + 1].Kind == TokenKind.Punctuation);
        if (ago || later || earlier || beforeAfter)
        {
            if (Is(p, "the") && !word.Plural && beforeAfter)
                return AddAfterPrevious(p, e + 1, unit, Is(e, "after") ? 1 : -1, false);
            int start = ReadAmount(p, word, out int amount, out bool vague);
            if (start < 0) return -1;
            if (word.Coarse) { amount = vague ? 0 : amount / 24; vague = false; }
            start = ExtendApproximators(start);
            int sign = ago || earlier || Is(e, "before") ? -1 : 1;
            if (ago)
            {
                // "Ten years ago today" is an anniversary: the very day, so many units back.
                bool anniversary = Is(e + 1, "today");
                var precision = anniversary && !vague ? DatePrecision.Day : UnitPrecision(unit, counted: true);
                return Add(start, anniversary ? e + 2 : e + 1, new(0, 0, TimeMentionKind.Offset, default, precision, Unit: unit, Amount: -amount, Vague: vague));
            }
            return AddAfterPrevious(start, e + 1, unit, sign * amount, vague);
        }
        if (word.Plural || p < floor) return -1;
        if ((Is(p, "next") || Is(p, "following") || Is(p, "previous") || Is(p, "preceding") || Is(p, "same")) && (Is(p - 1, "the") || Is(p - 1, "that")))
            return AddAfterPrevious(p - 1, e, unit, Is(p, "same") ? 0 : Is(p, "previous") || Is(p, "preceding") ? -1 : 1, false);
        if (Is(p, "same") && Is(p - 1, "that"))
            return AddAfterPrevious(p - 1, e, unit, 0, false);
        if (Is(p, "that"))
            return AddAfterPrevious(ExtendModifiers(p), e, unit, 0, false);
        if (Direction(p) is int direction)
        {
            // "last night" is the evening before; "this morning" the day itself.
            return Add(ExtendModifiers(p), e, new(0, 0, TimeMentionKind.Offset, default, UnitPrecision(unit, counted: false), Unit: unit, Amount: direction));
        }
        return -1;
    }

    private int AddAfterPrevious(int start, int end, TimeUnit unit, int amount, bool vague) =>
        Add(start, end, new(0, 0, TimeMentionKind.AfterPrevious, default, vague ? VaguePrecision(unit) : UnitPrecision(unit, counted: true), Unit: unit, Amount: amount, Vague: vague));

    /// <summary>Reads the count before a unit ("two", "18", "a", "a few", "several"); returns its first token, or -1 when there is none.</summary>
    private int ReadAmount(int p, TimeWord unit, out int amount, out bool vague)
    {
        amount = 0;
        vague = false;
        if (p < floor) return unit.Plural ? Vague(p + 1, out vague) : -1;
        var t = T(p);
        if (tokens[p].Kind == TokenKind.Number)
        {
            if (!NumberReader.TryParseDigits(t, out double v) || v != Math.Floor(v) || v > 1000) return -1;
            amount = (int)v;
            return p;
        }
        if (NumberWords.TryGet(t, out var nw) && nw.Kind is NumberWordKind.Unit or NumberWordKind.Ten)
        {
            amount = (int)nw.Value;
            if (IsDash(p - 1) && p - 2 >= floor && NumberWords.TryGet(T(p - 2), out var tens) && tens.Kind == NumberWordKind.Ten)
            {
                amount += (int)tens.Value;
                return p - 2;
            }
            return p;
        }
        if ((t is "a" or "an" or "A" or "An") && !unit.Plural) { amount = 1; return p; }
        if (Is(p, "few") || Is(p, "several") || Is(p, "many") || Is(p, "couple"))
        {
            vague = true;
            int start = p;
            if (Is(p, "couple") && Is(p - 1, "a")) { vague = false; amount = 2; start = p - 1; }
            else if (Is(p - 1, "a") && p - 1 >= floor) start = p - 1;
            return start;
        }
        if (Is(p, "of") && Is(p - 1, "couple") && Is(p - 2, "a") && p - 2 >= floor) { amount = 2; return p - 2; }
        return unit.Plural ? Vague(p + 1, out vague) : -1;
    }

    private static int Vague(int start, out bool vague)
    {
        vague = true;
        return start;
    }

    private static DatePrecision UnitPrecision(TimeUnit unit, bool counted) => unit switch
    {
        TimeUnit.Day => DatePrecision.Day,
        TimeUnit.Week => counted ? DatePrecision.Day : DatePrecision.Month,
        TimeUnit.Month => DatePrecision.Month,
        _ => DatePrecision.Year,
    };

    private static DatePrecision VaguePrecision(TimeUnit unit) => unit is TimeUnit.Day or TimeUnit.Week ? DatePrecision.Month : DatePrecision.Year;

    // ---- helpers

    private int AddExplicit(int start, int end, FuzzyDate value, DatePrecision precision, FuzzyDate? rangeEnd = null) =>
        Add(start, end, new(0, 0, TimeMentionKind.Explicit, value, precision, rangeEnd));

    private int AddPartial(int start, int end, int month, int? day)
    {
        if (TryRelativeYear(end, out int shift))
            return Add(start, end + 2, new(0, 0, TimeMentionKind.PartialShifted, new FuzzyDate(null, month, day), day is null ? DatePrecision.Month : DatePrecision.Day, Amount: shift));
        return Add(start, end, new(0, 0, TimeMentionKind.Partial, new FuzzyDate(null, month, day), day is null ? DatePrecision.Month : DatePrecision.Day));
    }

    private int Add(int startToken, int endToken, TimeMention mention)
    {
        found.Add(mention with { Start = tokens[startToken].Start, End = tokens[endToken - 1].End });
        return endToken;
    }

    /// <summary>"last year" / "this year" / "next year" right after a date: the year relative to the reference.</summary>
    private bool TryRelativeYear(int e, out int shift)
    {
        shift = 0;
        if (Direction(e) is not int d || !Is(e + 1, "year")) return false;
        shift = d;
        return true;
    }

    /// <summary>-1 for "last"/"past", 0 for "this", +1 for "next"/"coming".</summary>
    private int? Direction(int i) =>
        i < floor || i < 0 ? null
        : Is(i, "last") || Is(i, "past") && !Is(i - 1, "the") ? -1
        : Is(i, "this") ? 0
        : Is(i, "next") && !Is(i - 1, "the") || Is(i, "coming") ? 1
        : null;

    /// <summary>Steps back over "early", "late", "mid-", "earlier", "later", "the end of" before an expression.</summary>
    private int ExtendModifiers(int start)
    {
        int s = start;
        if (IsDash(s - 1) && Is(s - 2, "mid") && s - 2 >= floor) return s - 2;
        if (s - 1 >= floor && (Is(s - 1, "early") || Is(s - 1, "late") || Is(s - 1, "mid") || Is(s - 1, "earlier") || Is(s - 1, "later"))) return s - 1;
        if (s - 3 >= floor && Is(s - 1, "of") && (Is(s - 2, "end") || Is(s - 2, "beginning") || Is(s - 2, "start") || Is(s - 2, "middle")) && Is(s - 3, "the"))
            return s - 3;
        return s;
    }

    private int ExtendThe(int start) => start - 1 >= floor && Is(start - 1, "the") ? start - 1 : start;

    /// <summary>A weekday right before a date ("Monday, May 20") belongs to it.</summary>
    private int ExtendWeekday(int start)
    {
        int s = start;
        if (s - 1 >= floor && T(s - 1) is ",") s--;
        return s - 1 >= floor && TimeLexicon.TryGet(T(s - 1), out var w) && w.Kind == TimeWordKind.Weekday ? s - 1 : start;
    }

    /// <summary>Steps back over "a little over", "more than", "about", "nearly" before a count.</summary>
    private int ExtendApproximators(int start)
    {
        int s = start;
        while (s - 1 >= floor && tokens[s - 1].Kind == TokenKind.Word && Approximators.Contains(T(s - 1)) && start - s < 4) s--;
        while (s < start && (Is(s, "a") || Is(s, "at")) && !(Is(s + 1, "little") || Is(s + 1, "least"))) s++;
        return s;
    }

    private bool TryYearAfter(int e, out int year, out int after)
    {
        after = e;
        if (TryYear(e, 1800, 2100, out year)) { after = e + 1; return true; }
        if (T(e) is "," && TryYear(e + 1, 1800, 2100, out year)) { after = e + 2; return true; }
        return false;
    }

    private bool TryYear(int i, int min, int max, out int year)
    {
        year = 0;
        if (i < 0 || i >= tokens.Length || tokens[i].Kind != TokenKind.Number) return false;
        var t = T(i);
        return t.Length == 4 && int.TryParse(t, out year) && year >= min && year <= max;
    }

    /// <summary>A day of the month, with an ordinal suffix when there is one ("19", "1st"); next is the token after it.</summary>
    private bool TryDay(int i, out int day, out int next)
    {
        day = 0;
        next = i + 1;
        if (i < 0 || i >= tokens.Length || tokens[i].Kind != TokenKind.Number) return false;
        var t = T(i);
        if (t.Length > 2 || !int.TryParse(t, out day) || day is < 1 or > 31) return false;
        if (next < tokens.Length && Adjacent(i, next) && T(next) is "st" or "nd" or "rd" or "th") next++;
        return true;
    }

    private bool TryMonthWord(int i, out int month, out bool abbreviated)
    {
        month = 0;
        abbreviated = false;
        if (i < 0 || i >= tokens.Length || tokens[i].Kind != TokenKind.Word || !IsCapitalised(i)) return false;
        if (!TimeLexicon.TryGet(T(i), out var w) || w.Kind != TimeWordKind.Month) return false;
        month = w.Value;
        abbreviated = w.Abbreviated;
        return true;
    }

    private static bool IsValid(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    private bool IsCapitalised(int i) => char.IsUpper(text[tokens[i].Start]);

    private bool IsDash(int i) => i >= 0 && i < tokens.Length && T(i) is "-" or "–" or "—";

    private bool Adjacent(int a, int b) => tokens[a].End == tokens[b].Start;

    private bool Is(int i, string word) => i >= 0 && i < tokens.Length && T(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    private ReadOnlySpan<char> T(int i) => i >= 0 && i < tokens.Length ? tokens[i].In(text) : [];
}
