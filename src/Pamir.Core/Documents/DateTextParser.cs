using System.Buffers;
using System.Globalization;
using Pamir.Core.Time;

namespace Pamir.Core.Documents;

/// <summary>
/// Finds calendar dates in one short line of text, in the forms news pages print them:
/// "7 July 2017", "May 20, 2019", "Mar. 23 2024", "2019-05-20T10:00", "2019/05/20", "20.05.2019",
/// "3/23/2024", "May 2019", and the year-less "May 20" / "20 May" of wire datelines.
/// Meant for bylines, datelines and header lines, never for whole documents.
/// </summary>
public static class DateTextParser
{
    /// <summary>
    /// The first three letters of every month name <see cref="DateForms"/> reads. Ordinal case-insensitive
    /// equality accepts every letter the pattern's case-insensitive matching does (and a few more).
    /// The Russian names are looked for only in lines with Cyrillic letters: with them the search
    /// is not vectorised.
    /// </summary>
    private static readonly SearchValues<string> EnglishMonthPrefixes = SearchValues.Create(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> MonthPrefixes = SearchValues.Create(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
         "янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a date may start at <paramref name="index"/>: false means <see cref="FindAll"/> finds none there.</summary>
    public static bool MayStartAt(string line, int index) =>
        index < line.Length && (char.IsDigit(line[index]) || DateForms.MonthStartsAt(line, index));

    /// <summary>
    /// Every date in the line, full dates first where two readings overlap, in order of position.
    /// A form is looked for only when the line has what it needs (a month name, four digits in a
    /// row), and only where it can start: at a month name standing as a word or at a run of digits.
    /// </summary>
    public static IReadOnlyList<DateMatch> FindAll(string line)
    {
        var found = new List<DateMatch>();
        if (!line.AsSpan().ContainsAnyInRange('0', '9') && !HasAnyDigit(line)) return found;
        bool hasYear = HasFourDigits(line);
        var months = MonthStarts(line);
        var digits = months.Count == 0 && !hasYear ? [] : DigitRunStarts(line);
        if (months.Count > 0 && hasYear)
        {
            AddAll(found, line, digits, DateForms.DayMonthYear);
            AddAll(found, line, months, DateForms.MonthDayYear);
        }
        if (hasYear)
        {
            AddAll(found, line, digits, DateForms.YearMonthDay);
            AddAll(found, line, digits, DateForms.NumericWithYearLast);
        }
        if (months.Count > 0)
        {
            if (hasYear) AddAll(found, line, months, DateForms.MonthYear);
            AddAll(found, line, months, DateForms.MonthDay);
            AddAll(found, line, digits, DateForms.DayMonth);
        }
        found.RemoveAll(d => d.Date.Month is null);
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    private delegate DateForms.Reading? Form(ReadOnlySpan<char> line, int start);

    /// <summary>
    /// The readings of one form, as a scan of the line would find them: tried at each of <paramref name="starts"/>
    /// (in order), each after the end of the one before.
    /// </summary>
    private static void AddAll(List<DateMatch> found, string line, List<int> starts, Form form)
    {
        int end = 0;
        foreach (int start in starts)
        {
            if (start < end || form(line, start) is not { } reading) continue;
            end = reading.End;
            Add(found, reading);
        }
    }

    /// <summary>
    /// Where a form that opens with the month can start: the month names standing as words.
    /// A name is looked for only where its first three letters are: one vectorised search finds them.
    /// </summary>
    private static List<int> MonthStarts(string line)
    {
        var starts = new List<int>();
        var span = line.AsSpan();
        var prefixes = span.ContainsAnyInRange('\u0400', '\u04FF') ? MonthPrefixes : EnglishMonthPrefixes;
        int from = 0;
        while (from < span.Length)
        {
            int found = span[from..].IndexOfAny(prefixes);
            if (found < 0) break;
            int start = from + found;
            from = start + 1;
            if (DateForms.WordStart(span, start) && DateForms.MonthAlone(span, start, out _) is int end)
            {
                starts.Add(start);
                from = end;
            }
        }
        return starts;
    }

    /// <summary>Where a form that opens with a number can start: the first digit of each run of digits.</summary>
    private static List<int> DigitRunStarts(string line)
    {
        var starts = new List<int>();
        for (int i = 0; i < line.Length; i++)
            if (char.IsDigit(line[i]) && (i == 0 || !char.IsDigit(line[i - 1]))) starts.Add(i);
        return starts;
    }

    /// <summary>Any decimal digit, as the patterns' \d reads it (other scripts' digits too).</summary>
    private static bool HasAnyDigit(string line)
    {
        foreach (char c in line) if (char.IsDigit(c)) return true;
        return false;
    }

    private static bool HasFourDigits(string line)
    {
        int run = 0;
        foreach (char c in line)
        {
            run = char.IsDigit(c) ? run + 1 : 0;
            if (run == 4) return true;
        }
        return false;
    }

    /// <summary>A date value as metadata gives it: ISO 8601, RFC 822 ("Tue, 21 May 2019 10:00:00 GMT"), or a written date.</summary>
    public static FuzzyDate? ParseValue(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        value = value.Trim();
        if (FuzzyDate.ParseIso(value) is { } iso && Plausible(iso.Year)) return iso;
        if (value.Length == 8 && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            return Valid(int.Parse(value[..4], CultureInfo.InvariantCulture), int.Parse(value[4..6], CultureInfo.InvariantCulture), int.Parse(value[6..], CultureInfo.InvariantCulture));
        var dates = FindAll(value);
        foreach (var d in dates) if (d.Date.HasYear) return d.Date;
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed) && Plausible(parsed.Year))
            return new FuzzyDate(parsed.Year, parsed.Month, parsed.Day);
        return null;
    }

    /// <summary>
    /// Adds a reading unless an earlier, longer reading covers it. An impossible full date
    /// ("31 February 2019") still covers its span, so "February 2019" is not read out of it.
    /// </summary>
    private static void Add(List<DateMatch> found, DateForms.Reading reading)
    {
        var (start, end, year, month, day) = reading;
        foreach (var other in found)
            if (start < other.End && other.Start < end) return;
        bool valid = month is int mo && mo is >= 1 and <= 12 && (year is null || Plausible(year))
            && (day is not int d || (d >= 1 && d <= DateTime.DaysInMonth(year ?? 2000, mo)));
        found.Add(new DateMatch(start, end, valid ? new FuzzyDate(year, month, day) : default));
    }

    private static FuzzyDate? Valid(int year, int month, int day) =>
        Plausible(year) && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new FuzzyDate(year, month, day) : null;

    internal static bool Plausible(int? year) => year is >= 1900 and <= 2100;
}
