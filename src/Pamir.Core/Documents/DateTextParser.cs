using System.Globalization;
using System.Text.RegularExpressions;
using Pamir.Core.Time;

namespace Pamir.Core.Documents;

/// <summary>
/// Finds calendar dates in one short line of text, in the forms news pages print them:
/// "7 July 2017", "May 20, 2019", "Mar. 23 2024", "2019-05-20T10:00", "2019/05/20", "20.05.2019",
/// "3/23/2024", "May 2019", and the year-less "May 20" / "20 May" of wire datelines.
/// Meant for bylines, datelines and header lines, never for whole documents.
/// </summary>
public static partial class DateTextParser
{
    private const string Month =
        @"(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?" +
        @"|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)\.?";

    private const string Ordinal = @"(?:st|nd|rd|th)?";

    /// <summary>After a year: no further digit, unless a clock time was glued on by text extraction ("March 23, 20245:38 PM").</summary>
    private const string YearEnd = @"(?:(?!\d)|(?=\d{1,2}:\d{2}))";

    [GeneratedRegex(@"(?<![\p{L}\d])(?<day>\d{1,2})" + Ordinal + @"(?:\s+of)?[\s\-]+" + Month + @",?[\s\-]+(?<year>\d{4})" + YearEnd, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"(?<![\p{L}\d])" + Month + @"\s+(?<day>\d{1,2})" + Ordinal + @"(?:,\s*|\s+)(?<year>\d{4})" + YearEnd, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"(?<!\d)(?<year>\d{4})(?<sep>[-/.])(?<month>\d{1,2})\k<sep>(?<day>\d{1,2})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex YearMonthDay();

    [GeneratedRegex(@"(?<![\d.])(?<a>\d{1,2})(?<sep>[./\-])(?<b>\d{1,2})\k<sep>(?<year>\d{4})" + YearEnd, RegexOptions.CultureInvariant)]
    private static partial Regex NumericWithYearLast();

    [GeneratedRegex(@"(?<![\p{L}\d])" + Month + @"\s+(?<day>\d{1,2})" + Ordinal + @"(?![\d\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"(?<![\p{L}\d])(?<day>\d{1,2})" + Ordinal + @"\s+" + Month + @"(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"(?<![\p{L}\d])" + Month + @",?\s+(?<year>\d{4})(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthYear();

    /// <summary>A digit or a month name: what every date this parser reads starts with.</summary>
    [GeneratedRegex(@"^(?:\d|" + Month + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateStart();

    /// <summary>
    /// A month name standing as a word, as every form that names the month has it: after a
    /// space, a hyphen or the line's start, and before no further letter ("market", "decided",
    /// "mayor" hold none).
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}\d])" + Month + @"(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthName();

    /// <summary>Whether a date may start at <paramref name="index"/>: false means <see cref="FindAll"/> finds none there.</summary>
    public static bool MayStartAt(string line, int index) => DateStart().IsMatch(line.AsSpan(index));

    /// <summary>
    /// Every date in the line, full dates first where two readings overlap, in order of position.
    /// A form is looked for only when the line has what it needs (a month name, four digits in a
    /// row): most lines have neither, and one scan for each costs less than the seven forms.
    /// </summary>
    public static IReadOnlyList<DateMatch> FindAll(string line)
    {
        var found = new List<DateMatch>();
        if (!line.AsSpan().ContainsAnyInRange('0', '9') && !HasAnyDigit(line)) return found;
        bool hasMonth = MonthName().IsMatch(line), hasYear = HasFourDigits(line);
        if (hasMonth && hasYear)
        {
            foreach (Match m in DayMonthYear().Matches(line)) Add(found, m, Named(m, "year"), MonthNumber(m), Named(m, "day"));
            foreach (Match m in MonthDayYear().Matches(line)) Add(found, m, Named(m, "year"), MonthNumber(m), Named(m, "day"));
        }
        if (hasYear)
        {
            foreach (Match m in YearMonthDay().Matches(line)) Add(found, m, Named(m, "year"), Named(m, "month"), Named(m, "day"));
            foreach (Match m in NumericWithYearLast().Matches(line))
            {
                var (day, month) = DayAndMonth(Named(m, "a"), Named(m, "b"), m.Groups["sep"].Value);
                Add(found, m, Named(m, "year"), month, day);
            }
        }
        if (hasMonth)
        {
            if (hasYear) foreach (Match m in MonthYear().Matches(line)) Add(found, m, Named(m, "year"), MonthNumber(m), null);
            foreach (Match m in MonthDay().Matches(line)) Add(found, m, null, MonthNumber(m), Named(m, "day"));
            foreach (Match m in DayMonth().Matches(line)) Add(found, m, null, MonthNumber(m), Named(m, "day"));
        }
        found.RemoveAll(d => d.Date.Month is null);
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
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
    private static void Add(List<DateMatch> found, Match m, int? year, int? month, int? day)
    {
        int start = m.Index, end = m.Index + m.Length;
        foreach (var other in found)
            if (start < other.End && other.Start < end) return;
        bool valid = month is int mo && mo is >= 1 and <= 12 && (year is null || Plausible(year))
            && (day is not int d || (d >= 1 && d <= DateTime.DaysInMonth(year ?? 2000, mo)));
        found.Add(new DateMatch(start, end, valid ? new FuzzyDate(year, month, day) : default));
    }

    private static FuzzyDate? Valid(int year, int month, int day) =>
        Plausible(year) && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new FuzzyDate(year, month, day) : null;

    internal static bool Plausible(int? year) => year is >= 1900 and <= 2100;

    /// <summary>
    /// "20.05.2019" and "20-05-2019" are day-first wherever they are used; with slashes a number above 12 settles
    /// the order, and otherwise month-first is read, as English-language news sites print it.
    /// </summary>
    private static (int? Day, int? Month) DayAndMonth(int? a, int? b, string separator)
    {
        if (a is not int x || b is not int y) return (null, null);
        if (x > 12) return (x, y);
        if (y > 12) return (y, x);
        return separator == "/" ? (y, x) : (x, y);
    }

    private static int? Named(Match m, string group) =>
        m.Groups[group].Success && int.TryParse(m.Groups[group].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out int v) ? v : null;

    private static int? MonthNumber(Match m)
    {
        var name = m.Groups["month"].Value.ToLowerInvariant();
        if (name.Length == 0) return null;
        return name switch
        {
            "января" => 1, "февраля" => 2, "марта" => 3, "апреля" => 4, "мая" => 5, "июня" => 6,
            "июля" => 7, "августа" => 8, "сентября" => 9, "октября" => 10, "ноября" => 11, "декабря" => 12,
            _ => name[..3] switch
            {
                "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
                "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, "dec" => 12,
                _ => null,
            },
        };
    }
}
