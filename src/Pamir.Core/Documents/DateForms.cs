using System.Globalization;

namespace Pamir.Core.Documents;

/// <summary>
/// The written forms of a date <see cref="DateTextParser"/> reads, each matched by hand at one
/// position of a line: as regular expressions they were half of reading a document, most of it
/// making match objects and looking their groups up by name. Each form says what the expression
/// it replaces said; "a digit" is any decimal digit (\d), "a letter" any letter (\p{L}), "space"
/// any white space (\s), and month names are read whatever their case.
/// </summary>
internal static class DateForms
{
    /// <summary>A reading of one form: the span it covers and the parts it gives (a part whose digits are not 0-9 is null).</summary>
    public readonly record struct Reading(int Start, int End, int? Year, int? Month, int? Day);

    /// <summary>"7 July 2017", "7th of July, 2017", "07-Jul-2017": day, month name, year, starting at a run of digits.</summary>
    public static Reading? DayMonthYear(ReadOnlySpan<char> line, int start)
    {
        if (!WordStart(line, start) || !Day(line, start, out int at)) return null;
        int? day = Number(line[start..DigitsEnd(line, start)]);
        // "of" between day and month is taken only when a space or hyphen follows it; otherwise the month must follow the spaces.
        if (at < line.Length && char.IsWhiteSpace(line[at]))
        {
            int of = Skip(line, at, char.IsWhiteSpace);
            if (of + 2 <= line.Length && Letter(line[of], 'o') && Letter(line[of + 1], 'f') && of + 2 < line.Length && IsSpaceOrHyphen(line[of + 2]))
            {
                if (MonthThenYear(line, Skip(line, of + 2, IsSpaceOrHyphen), start, day) is { } afterOf) return afterOf;
            }
        }
        if (at >= line.Length || !IsSpaceOrHyphen(line[at])) return null;
        return MonthThenYear(line, Skip(line, at, IsSpaceOrHyphen), start, day);
    }

    /// <summary>"May 20, 2019", "Mar. 23 2024", "May 20th,2019": month name, day, year.</summary>
    public static Reading? MonthDayYear(ReadOnlySpan<char> line, int start)
    {
        if (!MonthThenDay(line, start, out int month, out int dayStart, out int at)) return null;
        int? day = Number(line[dayStart..DigitsEnd(line, dayStart)]);
        if (at < line.Length && line[at] == ',') at = Skip(line, at + 1, char.IsWhiteSpace);
        else if (at < line.Length && char.IsWhiteSpace(line[at])) at = Skip(line, at, char.IsWhiteSpace);
        else return null;
        if (!Year(line, at, clockMayFollow: true)) return null;
        return new Reading(start, at + 4, Number(line.Slice(at, 4)), month, day);
    }

    /// <summary>"2019-05-20", "2019/5/20", "2019.05.20": a year of four digits, then month and day with the same separator, no digit after.</summary>
    public static Reading? YearMonthDay(ReadOnlySpan<char> line, int start)
    {
        if (start > 0 && char.IsDigit(line[start - 1])) return null;
        if (!Digits(line, start, 4) || start + 4 >= line.Length) return null;
        char separator = line[start + 4];
        if (separator is not ('-' or '/' or '.')) return null;
        if (!NumberBefore(line, start + 5, separator, out int monthEnd)) return null;
        int dayStart = monthEnd + 1;
        if (!DigitRun(line, dayStart, out int dayEnd)) return null;
        return new Reading(start, dayEnd, Number(line.Slice(start, 4)), Number(line[(start + 5)..monthEnd]), Number(line[dayStart..dayEnd]));
    }

    /// <summary>"20.05.2019", "3/23/2024", "20-05-2019": two numbers of one or two digits and a year, with the same separator, not after a digit or a full stop.</summary>
    public static Reading? NumericWithYearLast(ReadOnlySpan<char> line, int start)
    {
        if (start > 0 && (char.IsDigit(line[start - 1]) || line[start - 1] == '.')) return null;
        if (!DigitRun(line, start, out int firstEnd) || firstEnd >= line.Length) return null;
        char separator = line[firstEnd];
        if (separator is not ('.' or '/' or '-')) return null;
        if (!NumberBefore(line, firstEnd + 1, separator, out int secondEnd)) return null;
        int year = secondEnd + 1;
        if (!Year(line, year, clockMayFollow: true)) return null;
        var (day, month) = DayAndMonth(Number(line[start..firstEnd]), Number(line[(firstEnd + 1)..secondEnd]), separator);
        return new Reading(start, year + 4, Number(line.Slice(year, 4)), month, day);
    }

    /// <summary>"May 20", "Mar. 3rd": month name and day, no digit or letter after.</summary>
    public static Reading? MonthDay(ReadOnlySpan<char> line, int start)
    {
        if (!MonthThenDay(line, start, out int month, out int dayStart, out int at)) return null;
        if (at < line.Length && (char.IsDigit(line[at]) || char.IsLetter(line[at]))) return null;
        return new Reading(start, at, null, month, Number(line[dayStart..DigitsEnd(line, dayStart)]));
    }

    /// <summary>"20 May", "3rd Mar.": day and month name, no letter after (a full stop after the name is taken only when no letter follows it).</summary>
    public static Reading? DayMonth(ReadOnlySpan<char> line, int start)
    {
        if (!WordStart(line, start) || !Day(line, start, out int at)) return null;
        if (at >= line.Length || !char.IsWhiteSpace(line[at])) return null;
        return MonthAlone(line, Skip(line, at, char.IsWhiteSpace), out int month) is { } end
            ? new Reading(start, end, null, month, Number(line[start..DigitsEnd(line, start)]))
            : null;
    }

    /// <summary>"May 2019", "May, 2019": month name and a year, no digit after.</summary>
    public static Reading? MonthYear(ReadOnlySpan<char> line, int start)
    {
        if (!WordStart(line, start) || !Month(line, start, out int month, out int at)) return null;
        if (at < line.Length && line[at] == '.') at++;
        if (at < line.Length && line[at] == ',') at++;
        if (at >= line.Length || !char.IsWhiteSpace(line[at])) return null;
        at = Skip(line, at, char.IsWhiteSpace);
        if (!Year(line, at, clockMayFollow: false)) return null;
        return new Reading(start, at + 4, Number(line.Slice(at, 4)), month, null);
    }

    /// <summary>Where a month name standing as a word ends (after its full stop when no letter follows that), or null.</summary>
    public static int? MonthAlone(ReadOnlySpan<char> line, int start, out int month)
    {
        if (!Month(line, start, out month, out int end)) return null;
        if (end < line.Length && line[end] == '.' && (end + 1 >= line.Length || !char.IsLetter(line[end + 1]))) return end + 1;
        return end >= line.Length || !char.IsLetter(line[end]) ? end : null;
    }

    /// <summary>Whether a month name starts at <paramref name="start"/>, whatever follows it.</summary>
    public static bool MonthStartsAt(ReadOnlySpan<char> line, int start) => Month(line, start, out _, out _);

    /// <summary>No letter or digit just before: a date starts a word.</summary>
    public static bool WordStart(ReadOnlySpan<char> line, int start) => start == 0 || !(char.IsLetter(line[start - 1]) || char.IsDigit(line[start - 1]));

    /// <summary>The month name at <paramref name="start"/>, its longest form ("sept", "september" before "sep"), without a full stop.</summary>
    private static bool Month(ReadOnlySpan<char> line, int start, out int month, out int end)
    {
        month = 0;
        end = start;
        if (start + 3 > line.Length) return false;
        var rest = line[start..];
        if (rest[0] < 128)
        {
            month = EnglishMonth(rest);
            if (month == 0) return false;
            end = start + 3 + LongForm(rest[3..], month);
            return true;
        }
        for (int m = 0; m < RussianMonths.Length; m++)
        {
            if (LettersAre(rest, RussianMonths[m]))
            {
                month = m + 1;
                end = start + RussianMonths[m].Length;
                return true;
            }
        }
        return false;
    }

    private static readonly string[] RussianMonths =
        ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];

    private static int EnglishMonth(ReadOnlySpan<char> text)
    {
        if (!IsAsciiLetter(text[0]) || !IsAsciiLetter(text[1]) || !IsAsciiLetter(text[2])) return 0;
        return ((char)(text[0] | 0x20), (char)(text[1] | 0x20), (char)(text[2] | 0x20)) switch
        {
            ('j', 'a', 'n') => 1, ('f', 'e', 'b') => 2, ('m', 'a', 'r') => 3, ('a', 'p', 'r') => 4, ('m', 'a', 'y') => 5, ('j', 'u', 'n') => 6,
            ('j', 'u', 'l') => 7, ('a', 'u', 'g') => 8, ('s', 'e', 'p') => 9, ('o', 'c', 't') => 10, ('n', 'o', 'v') => 11, ('d', 'e', 'c') => 12,
            _ => 0,
        };
    }

    /// <summary>How many letters of the month's full name follow its first three.</summary>
    private static int LongForm(ReadOnlySpan<char> after, int month)
    {
        if (month == 9) return LettersAre(after, "t") ? 1 + (LettersAre(after[1..], "ember") ? 5 : 0) : 0;
        string tail = month switch
        {
            1 => "uary", 2 => "ruary", 3 => "ch", 4 => "il", 6 => "e", 7 => "y", 8 => "ust", 10 => "ober", 11 or 12 => "ember",
            _ => "",
        };
        return tail.Length > 0 && LettersAre(after, tail) ? tail.Length : 0;
    }

    /// <summary>Whether the text starts with the lower-case letters given, in either case (ASCII letters by their case bit, others by their lower case).</summary>
    private static bool LettersAre(ReadOnlySpan<char> text, string lower)
    {
        if (text.Length < lower.Length) return false;
        for (int i = 0; i < lower.Length; i++)
            if (!Letter(text[i], lower[i])) return false;
        return true;
    }

    private static bool Letter(char c, char lower) =>
        lower < 128 ? IsAsciiLetter(c) && (c | 0x20) == lower : char.ToLowerInvariant(c) == lower;

    private static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    /// <summary>A day: one or two digits and no third, then "st", "nd", "rd" or "th" when there; <paramref name="end"/> is after both.</summary>
    /// <summary>A month name starting a word at <paramref name="start"/> (a full stop after it taken), space, then a day: where the day starts and where it ends.</summary>
    private static bool MonthThenDay(ReadOnlySpan<char> line, int start, out int month, out int dayStart, out int end)
    {
        month = dayStart = end = 0;
        if (!WordStart(line, start) || !Month(line, start, out month, out int at)) return false;
        if (at < line.Length && line[at] == '.') at++;
        if (at >= line.Length || !char.IsWhiteSpace(line[at])) return false;
        dayStart = Skip(line, at, char.IsWhiteSpace);
        return Day(line, dayStart, out end);
    }

    private static bool Day(ReadOnlySpan<char> line, int start, out int end)
    {
        if (!DigitRun(line, start, out end)) return false;
        if (end + 2 <= line.Length && IsOrdinal(line[end], line[end + 1])) end += 2;
        return true;
    }

    private static bool IsOrdinal(char a, char b) =>
        IsAsciiLetter(a) && IsAsciiLetter(b) && ((char)(a | 0x20), (char)(b | 0x20)) is ('s', 't') or ('n', 'd') or ('r', 'd') or ('t', 'h');

    /// <summary>A run of one or two digits (no third) starting at <paramref name="start"/>.</summary>
    private static bool DigitRun(ReadOnlySpan<char> line, int start, out int end)
    {
        end = DigitsEnd(line, start);
        return end - start is 1 or 2;
    }

    /// <summary>A number of one or two digits followed by the separator (two digits tried first, as the expression did).</summary>
    private static bool NumberBefore(ReadOnlySpan<char> line, int start, char separator, out int end)
    {
        end = start;
        if (start >= line.Length || !char.IsDigit(line[start])) return false;
        if (start + 2 < line.Length && char.IsDigit(line[start + 1]) && line[start + 2] == separator)
        {
            end = start + 2;
            return true;
        }
        if (start + 1 < line.Length && line[start + 1] == separator)
        {
            end = start + 1;
            return true;
        }
        return false;
    }

    /// <summary>
    /// Four digits, and no digit after them, unless a clock time was glued on by text extraction
    /// ("March 23, 20245:38 PM"); <paramref name="clockMayFollow"/> false allows no digit after at all.
    /// </summary>
    private static bool Year(ReadOnlySpan<char> line, int start, bool clockMayFollow)
    {
        if (!Digits(line, start, 4)) return false;
        int after = start + 4;
        if (after >= line.Length || !char.IsDigit(line[after])) return true;
        if (!clockMayFollow) return false;
        var clock = line[after..];
        return (clock.Length >= 4 && clock[1] == ':' && char.IsDigit(clock[2]) && char.IsDigit(clock[3]))
            || (clock.Length >= 5 && char.IsDigit(clock[1]) && clock[2] == ':' && char.IsDigit(clock[3]) && char.IsDigit(clock[4]));
    }

    /// <summary>The month name, then optionally a comma, then spaces or hyphens, then a year (the rest of "7 July 2017").</summary>
    private static Reading? MonthThenYear(ReadOnlySpan<char> line, int at, int start, int? day)
    {
        if (!Month(line, at, out int month, out at)) return null;
        if (at < line.Length && line[at] == '.') at++;
        if (at < line.Length && line[at] == ',') at++;
        if (at >= line.Length || !IsSpaceOrHyphen(line[at])) return null;
        at = Skip(line, at, IsSpaceOrHyphen);
        if (!Year(line, at, clockMayFollow: true)) return null;
        return new Reading(start, at + 4, Number(line.Slice(at, 4)), month, day);
    }

    /// <summary>The value of a run of digits; null for digits of other scripts, which \d matches but a number is not read from.</summary>
    private static int? Number(ReadOnlySpan<char> digits) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out int value) ? value : null;

    /// <summary>
    /// "20.05.2019" and "20-05-2019" are day-first wherever they are used; with slashes a number above 12 settles
    /// the order, and otherwise month-first is read, as English-language news sites print it.
    /// </summary>
    private static (int? Day, int? Month) DayAndMonth(int? a, int? b, char separator)
    {
        if (a is not int x || b is not int y) return (null, null);
        if (x > 12) return (x, y);
        if (y > 12) return (y, x);
        return separator == '/' ? (y, x) : (x, y);
    }

    private static bool Digits(ReadOnlySpan<char> line, int start, int count)
    {
        if (start + count > line.Length) return false;
        for (int i = start; i < start + count; i++)
            if (!char.IsDigit(line[i])) return false;
        return true;
    }

    private static int DigitsEnd(ReadOnlySpan<char> line, int start)
    {
        int end = start;
        while (end < line.Length && char.IsDigit(line[end])) end++;
        return end;
    }

    private static bool IsSpaceOrHyphen(char c) => c == '-' || char.IsWhiteSpace(c);

    private static int Skip(ReadOnlySpan<char> line, int at, Func<char, bool> skipped)
    {
        while (at < line.Length && skipped(line[at])) at++;
        return at;
    }
}
